package iq.kharita.demo;

import com.fasterxml.jackson.databind.JsonNode;
import iq.kharita.action.ActionCreate;
import iq.kharita.action.ActionService;
import iq.kharita.action.ActionStatus;
import iq.kharita.common.I18nText;
import iq.kharita.common.Visibility;
import iq.kharita.indicator.Direction;
import iq.kharita.indicator.IndicatorRepresentations;
import iq.kharita.indicator.IndicatorService;
import iq.kharita.indicator.IndicatorUnit;
import iq.kharita.indicator.MeasurementService;
import iq.kharita.lesson.LessonKind;
import iq.kharita.lesson.LessonRepresentations;
import iq.kharita.lesson.LessonService;
import iq.kharita.lesson.LessonStatus;
import iq.kharita.location.Location;
import iq.kharita.measure.MeasureStatus;
import iq.kharita.risk.RiskCategory;
import iq.kharita.risk.RiskCreate;
import iq.kharita.risk.RiskKind;
import iq.kharita.risk.RiskService;
import iq.kharita.sequence.DependencyCreate;
import iq.kharita.sequence.DependencyKind;
import iq.kharita.sequence.SequenceService;
import iq.kharita.support.PledgeStatus;
import iq.kharita.support.SupportRepresentations;
import iq.kharita.support.SupportService;
import iq.kharita.support.SupportStatus;
import iq.kharita.support.SupportType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rest of the demo roadmap (resources/demo/roadmap-details.json): actions, support needs with pledges (figures
 * fictional), the risks of domain.md section 7, an indicator per measure, the sequence of section 8.3 and a few
 * lessons. Written through the same services as the API, so the same rules apply.
 */
@ApplicationScoped
class DemoRoadmapDetails {

    @Inject
    ActionService actions;

    @Inject
    SupportService support;

    @Inject
    RiskService risks;

    @Inject
    IndicatorService indicators;

    @Inject
    MeasurementService measurements;

    @Inject
    SequenceService sequence;

    @Inject
    LessonService lessons;

    void load(JsonNode details, long roadmapId, Map<String, Long> measures, Map<String, Long> pillars, Map<String, Long> institutions) {
        for (JsonNode a : details.get("actions")) {
            actions.create(new ActionCreate(measures.get(a.get("measure").asText()), text(a, "en", "ar"),
                    institutions.get(a.get("assignee").asText()), a.hasNonNull("focalPoint") ? a.get("focalPoint").asText() : null,
                    LocalDate.parse(a.get("due").asText()), ActionStatus.valueOf(a.get("status").asText()), null));
        }
        for (JsonNode n : details.get("supportNeeds")) {
            long need = support.create(new SupportRepresentations.NeedCreate(measures.get(n.get("measure").asText()),
                    SupportType.valueOf(n.get("type").asText()), text(n, "en", "ar"), institutions.get(n.get("requester").asText()),
                    institutions.get(n.get("provider").asText()), SupportStatus.valueOf(n.get("status").asText()),
                    n.get("cost").decimalValue(), "USD")).id();
            for (JsonNode p : n.get("pledges")) {
                support.pledge(new SupportRepresentations.PledgeCreate(need, institutions.get(p.get("donor").asText()),
                        p.get("amount").decimalValue(), "USD", PledgeStatus.valueOf(p.get("status").asText())));
            }
        }
        for (JsonNode r : details.get("risks")) {
            risks.create(new RiskCreate(roadmapId, RiskKind.valueOf(r.get("kind").asText()), RiskCategory.valueOf(r.get("category").asText()),
                    text(r, "en", "ar"), null, r.get("likelihood").asInt(), r.get("impact").asInt(), text(r, "mitigationEn", "mitigationAr"),
                    institutions.get(r.get("owner").asText()), LocalDate.of(2027, 1, 31), null,
                    r.hasNonNull("visibility") ? Visibility.valueOf(r.get("visibility").asText()) : null, ids(r.get("measures"), measures)));
        }
        Map<String, Long> indicatorByMeasure = new java.util.HashMap<>();
        for (JsonNode i : details.get("indicators")) {
            String measure = i.get(0).asText();
            long id = indicators.create(new IndicatorRepresentations.Create(roadmapId, "IND-" + measure, I18nText.of(i.get(1).asText(), i.get(2).asText()),
                    IndicatorUnit.valueOf(i.get(3).asText()), Direction.valueOf(i.get(4).asText()), i.get(5).decimalValue(),
                    LocalDate.of(2026, 1, 1), i.get(6).decimalValue(), LocalDate.of(2027, 12, 31),
                    i.get(7).isNull() ? null : institutions.get(i.get(7).asText()), Visibility.PUBLIC, List.of(measures.get(measure)))).id();
            indicatorByMeasure.put(measure, id);
        }
        for (JsonNode m : details.get("measurements")) {
            measurements.create(new IndicatorRepresentations.MeasurementCreate(indicatorByMeasure.get(m.get(0).asText()), m.get(1).asText(),
                    m.get(2).decimalValue(), m.get(3).isNull() ? null : m.get(3).asText(), null));
        }
        for (JsonNode d : details.get("dependencies")) {
            boolean untilStatus = !d.get(2).isNull();
            sequence.create(new DependencyCreate(measures.get(d.get(0).asText()), measures.get(d.get(1).asText()),
                    untilStatus ? DependencyKind.UNTIL_STATUS : DependencyKind.FINISH_TO_START,
                    untilStatus ? MeasureStatus.valueOf(d.get(2).asText()) : null));
        }
        for (JsonNode l : details.get("lessons")) {
            List<Long> places = new ArrayList<>();
            l.get("locations").forEach(p -> places.add(Location.findByPcode(p.asText()).orElseThrow().id));
            long id = lessons.create(new LessonRepresentations.Create(roadmapId, LessonKind.valueOf(l.get("kind").asText()),
                    text(l, "titleEn", "titleAr"), text(l, "bodyEn", "bodyAr"), Visibility.valueOf(l.get("visibility").asText()),
                    ids(l.get("measures"), measures), ids(l.get("pillars"), pillars), places)).id();
            for (LessonStatus step : List.of(LessonStatus.SUBMITTED, LessonStatus.PUBLISHED)) {
                lessons.update(id, "*", new LessonRepresentations.Patch(null, null, null, step, null, null, null, null));
            }
        }
    }

    private static I18nText text(JsonNode node, String en, String ar) {
        return I18nText.of(node.get(en).asText(), node.get(ar).asText());
    }

    private static List<Long> ids(JsonNode codes, Map<String, Long> byCode) {
        List<Long> ids = new ArrayList<>();
        codes.forEach(code -> ids.add(byCode.get(code.asText())));
        return ids;
    }

}
