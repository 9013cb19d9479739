package iq.kharita.roadmap;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partial change; a field left out (or null) keeps its value. */
@Schema(name = "RoadmapPatch")
public record RoadmapPatch(
        @Size(min = 1, max = 30) @Pattern(regexp = RoadmapCreate.CODE, message = "{kharita.code.letters}") String code,
        @Bilingual I18nText title,
        @Size(min = 1, max = 50) String versionLabel,
        RoadmapStatus status,
        Long ownerStakeholderId) {
}
