package iq.kharita.pillar;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partial change; a field left out (or null) keeps its value. */
@Schema(name = "PillarPatch")
public record PillarPatch(
        @Size(min = 1, max = 20) @Pattern(regexp = PillarCreate.CODE, message = "{kharita.code.capitals}") String code,
        @Bilingual I18nText name,
        @Bilingual(max = 4000) I18nText description,
        @Min(1) @Max(1000) Integer order) {
}
