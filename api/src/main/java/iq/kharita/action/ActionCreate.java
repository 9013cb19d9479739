package iq.kharita.action;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ActionCreate")
public record ActionCreate(
        @NotNull Long measureId,
        @NotNull @Bilingual I18nText title,
        @NotNull @Schema(description = "A member institution of the measure's working group") Long assigneeStakeholderId,
        @Size(max = 200) @Pattern(regexp = "[a-z0-9._@-]+", message = "{kharita.username}") String focalPoint,
        LocalDate dueDate,
        @Schema(description = "NOT_STARTED when left out") ActionStatus status,
        @Size(max = 4000) String note) {
}
