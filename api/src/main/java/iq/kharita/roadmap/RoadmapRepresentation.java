package iq.kharita.roadmap;

import iq.kharita.common.I18nText;
import iq.kharita.common.Tracking;
import iq.kharita.stakeholder.StakeholderRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Roadmap", requiredProperties = {"id", "code", "title", "versionLabel", "status", "owner", "tracking"})
public record RoadmapRepresentation(
        long id,
        @Schema(examples = "NRM-2026") String code,
        I18nText title,
        @Schema(examples = "v1.0") String versionLabel,
        RoadmapStatus status,
        @Schema(description = "The institution that owns the roadmap") StakeholderRef owner,
        Tracking tracking) {

    public static RoadmapRepresentation of(Roadmap roadmap) {
        return new RoadmapRepresentation(roadmap.id, roadmap.code, roadmap.title, roadmap.versionLabel, roadmap.status,
                StakeholderRef.of(roadmap.owner), Tracking.of(roadmap));
    }
}
