package iq.kharita.pillar;

import iq.kharita.common.I18nText;
import iq.kharita.common.Tracking;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Pillar", requiredProperties = {"id", "roadmapId", "code", "name", "order", "tracking"}, description = "A thematic area of a roadmap")
public record PillarRepresentation(
        long id,
        long roadmapId,
        @Schema(examples = "DOC") String code,
        I18nText name,
        I18nText description,
        @Schema(description = "Position among the roadmap's pillars") int order,
        Tracking tracking) {

    public static PillarRepresentation of(Pillar pillar) {
        return new PillarRepresentation(pillar.id, pillar.roadmap.id, pillar.code, pillar.name, pillar.description,
                pillar.sortOrder, Tracking.of(pillar));
    }
}
