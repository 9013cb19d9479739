package iq.kharita.action;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** A partial change; a field left out (or null) keeps its value. Focal points and partners may change status and note only. */
@Schema(name = "ActionPatch")
public record ActionPatch(
        @Bilingual I18nText title,
        Long assigneeStakeholderId,
        @Size(max = 200) @Pattern(regexp = "[a-z0-9._@-]+", message = "{kharita.username}") String focalPoint,
        LocalDate dueDate,
        ActionStatus status,
        @Size(max = 4000) String note) {

    boolean onlyStatusAndNote() {
        return title == null && assigneeStakeholderId == null && focalPoint == null && dueDate == null;
    }
}
