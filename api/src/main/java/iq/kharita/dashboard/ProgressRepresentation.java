package iq.kharita.dashboard;

import iq.kharita.measure.MeasureStatus;
import iq.kharita.pillar.PillarRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

@Schema(name = "Progress", description = "Progress rolled up from measures to pillars to the roadmap, over the measures the reader may see",
        requiredProperties = {"roadmapId", "measures", "progress", "byStatus", "pillars"})
public record ProgressRepresentation(
        long roadmapId,
        @Schema(description = "Number of measures counted") long measures,
        @Schema(description = "Mean progress of the measures, cancelled ones left out, 0 to 100") int progress,
        @Schema(description = "Number of measures in each status") Map<MeasureStatus, Long> byStatus,
        List<PillarProgress> pillars) {

    @Schema(name = "PillarProgress", requiredProperties = {"pillar", "measures", "progress", "byStatus"})
    public record PillarProgress(PillarRef pillar, long measures, int progress, Map<MeasureStatus, Long> byStatus) {
    }
}
