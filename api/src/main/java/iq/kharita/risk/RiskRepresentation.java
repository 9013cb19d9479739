package iq.kharita.risk;

import iq.kharita.common.I18nText;
import iq.kharita.common.Tracking;
import iq.kharita.common.Visibility;
import iq.kharita.measure.Measure;
import iq.kharita.stakeholder.StakeholderRef;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

@Schema(name = "Risk", description = "A risk or an assumption of the roadmap",
        requiredProperties = {"id", "roadmapId", "kind", "category", "title", "likelihood", "impact", "score", "status", "visibility", "measures", "tracking"})
public record RiskRepresentation(
        long id,
        long roadmapId,
        RiskKind kind,
        RiskCategory category,
        I18nText title,
        I18nText description,
        @Schema(minimum = "1", maximum = "5") int likelihood,
        @Schema(minimum = "1", maximum = "5") int impact,
        @Schema(description = "likelihood × impact, 1 to 25") int score,
        I18nText mitigation,
        StakeholderRef owner,
        LocalDate reviewDate,
        RiskStatus status,
        Visibility visibility,
        @Schema(description = "Linked measures the reader may see") List<MeasureLink> measures,
        Tracking tracking) {

    @Schema(name = "MeasureLink", requiredProperties = {"id", "code", "title"})
    public record MeasureLink(long id, String code, I18nText title) {
    }

    /** Only the linked measures the reader may see are named. */
    public static RiskRepresentation of(Risk risk, Set<Visibility> readable) {
        List<MeasureLink> links = risk.measures.stream().filter(m -> readable.contains(m.visibility))
                .sorted(Comparator.comparing((Measure m) -> m.code)).map(m -> new MeasureLink(m.id, m.code, m.title)).toList();
        return new RiskRepresentation(risk.id, risk.roadmap.id, risk.kind, risk.category, risk.title, risk.description,
                risk.likelihood, risk.impact, risk.likelihood * risk.impact, risk.mitigation, StakeholderRef.of(risk.owner),
                risk.reviewDate, risk.status, risk.visibility, links, Tracking.of(risk));
    }
}
