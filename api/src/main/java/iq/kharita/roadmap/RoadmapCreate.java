package iq.kharita.roadmap;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoadmapCreate")
public record RoadmapCreate(
        @NotBlank @Size(max = 30) @Pattern(regexp = RoadmapCreate.CODE, message = "{kharita.code.letters}") @Schema(examples = "NRM-2026") String code,
        @NotNull @Bilingual I18nText title,
        @NotBlank @Size(max = 50) @Schema(examples = "v1.0") String versionLabel,
        @Schema(description = "DRAFT when left out") RoadmapStatus status,
        @NotNull @Schema(description = "Id of the owning institution") Long ownerStakeholderId) {

    static final String CODE = "[A-Za-z0-9-]+";
}
