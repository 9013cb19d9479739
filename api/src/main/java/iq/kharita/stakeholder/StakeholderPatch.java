package iq.kharita.stakeholder;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partial change; a field left out (or null) keeps its value. */
@Schema(name = "StakeholderPatch")
public record StakeholderPatch(
        @Size(min = 1, max = 30) @Pattern(regexp = StakeholderCreate.ABBREVIATION, message = "{kharita.abbreviation}") String abbreviation,
        @Bilingual I18nText name,
        StakeholderType type,
        @Schema(description = "Id of the parent institution; 0 removes the parent") Long parentId) {
}
