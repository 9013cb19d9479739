package iq.kharita.stakeholder;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StakeholderCreate")
public record StakeholderCreate(
        @NotBlank @Size(max = 30) @Pattern(regexp = StakeholderCreate.ABBREVIATION, message = "{kharita.abbreviation}")
        @Schema(examples = "MoI-CA") String abbreviation,
        @NotNull @Bilingual I18nText name,
        @NotNull StakeholderType type,
        @Schema(description = "Id of the parent institution") Long parentId) {

    static final String ABBREVIATION = "[\\p{L}\\p{N} .&/()'-]+";
}
