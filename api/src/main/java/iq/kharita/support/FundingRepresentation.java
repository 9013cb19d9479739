package iq.kharita.support;

import iq.kharita.common.I18nText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

@Schema(name = "Funding", description = "Costed support needs, pledges and the gap, by currency; only what the reader may see",
        requiredProperties = {"roadmapId", "total", "byPillar", "byType", "byMeasure"})
public record FundingRepresentation(long roadmapId, List<Line> total, List<Line> byPillar, List<Line> byType, List<Line> byMeasure) {

    @Schema(name = "FundingLine", requiredProperties = {"currency", "estimated", "pledged", "gap", "needs"})
    public record Line(
            @Schema(description = "Pillar or measure code, or support type; absent on the total") String key,
            @Schema(description = "Name of the pillar or title of the measure") I18nText name,
            String currency,
            BigDecimal estimated,
            BigDecimal pledged,
            @Schema(description = "Sum of each need's own gap: an over-pledged need does not hide another's gap") BigDecimal gap,
            @Schema(description = "Number of costed needs") long needs) {
    }
}
