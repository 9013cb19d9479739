package iq.kharita.risk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "RiskHeatMap", description = "Open risks the reader may see, counted by likelihood × impact (25 cells)",
        requiredProperties = {"roadmapId", "cells", "total"})
public record HeatMapRepresentation(long roadmapId, List<Cell> cells, long total) {

    @Schema(name = "RiskHeatMapCell", requiredProperties = {"likelihood", "impact", "count"})
    public record Cell(int likelihood, int impact, long count) {
    }
}
