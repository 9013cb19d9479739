package iq.kharita.pillar;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PillarCreate")
public record PillarCreate(
        @NotNull @Schema(description = "Id of the roadmap") Long roadmapId,
        @NotBlank @Size(max = 20) @Pattern(regexp = PillarCreate.CODE, message = "{kharita.code.capitals}") @Schema(examples = "DOC") String code,
        @NotNull @Bilingual I18nText name,
        @Bilingual(max = 4000) I18nText description,
        @NotNull @Min(1) @Max(1000) Integer order) {

    static final String CODE = "[A-Z0-9-]+";
}
