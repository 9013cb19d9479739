package iq.kharita.workinggroup;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "WorkingGroupCreate")
public record WorkingGroupCreate(
        @NotNull Long roadmapId,
        @NotBlank @Size(max = 30) @Pattern(regexp = WorkingGroupCreate.CODE, message = "{kharita.code.capitals}") @Schema(examples = "WG-DOC") String code,
        @NotNull @Bilingual I18nText name,
        @NotNull Long leadStakeholderId,
        @NotEmpty @Size(max = 20) @Schema(description = "Ids of the pillars the group takes forward") List<@NotNull Long> pillarIds,
        @Size(max = 100) @Schema(description = "Ids of the member institutions") List<@NotNull Long> memberIds,
        @Bilingual(max = 20000) I18nText termsOfReference) {

    static final String CODE = "[A-Z0-9-]+";
}
