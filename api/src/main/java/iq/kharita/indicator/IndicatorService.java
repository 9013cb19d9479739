package iq.kharita.indicator;

import iq.kharita.audit.AuditTrail;
import iq.kharita.common.Filters;
import iq.kharita.common.Page;
import iq.kharita.common.References;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Tracking;
import iq.kharita.common.Versions;
import iq.kharita.common.Visibility;
import iq.kharita.common.problem.Phrase;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.problem.Violation;
import iq.kharita.common.security.Caller;
import iq.kharita.location.LocationRef;
import iq.kharita.measure.Measure;
import iq.kharita.roadmap.RoadmapService;
import iq.kharita.stakeholder.Stakeholder;
import iq.kharita.stakeholder.StakeholderRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class IndicatorService {

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    RoadmapService roadmaps;

    /** Indicators with their latest readings: the page, its count, and one statement for all their measurements. */
    public Page<IndicatorRepresentations.View> list(Long roadmapId, Long measureId, String q, PageRequest page) {
        Page<Indicator> indicators = new Filters()
                .readableBy("i.visibility", caller.visibleLevelList())
                .equal("i.roadmap.id", "roadmap", roadmapId)
                .matching("exists (select 1 from i.measures m where m.id = :measure)", "measure", measureId)
                .text("i.searchText", "q", q)
                .page(Indicator.class, "select i from Indicator i", "select count(i) from Indicator i", " order by lower(i.code), i.id", page);
        Map<Long, List<Measurement>> readings = measurementsOf(indicators.items().stream().map(i -> i.id).toList());
        return indicators.map(i -> view(i, readings.getOrDefault(i.id, List.of())));
    }

    public IndicatorRepresentations.View get(long id) {
        Indicator indicator = require(id);
        return view(indicator, measurementsOf(List.of(id)).getOrDefault(id, List.of()));
    }

    public Indicator require(long id) {
        Indicator indicator = Indicator.<Indicator>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Indicator", id));
        if (!caller.mayRead(indicator.visibility)) {
            throw ProblemException.notFound("Indicator", id);
        }
        return indicator;
    }

    @Transactional
    public IndicatorRepresentations.View create(IndicatorRepresentations.Create request) {
        Indicator indicator = new Indicator();
        indicator.roadmap = roadmaps.find(request.roadmapId())
                .orElseThrow(() -> ProblemException.invalid("roadmapId", "no roadmap has id " + request.roadmapId()));
        if (Indicator.count("roadmap.id = ?1 and lower(code) = lower(?2)", indicator.roadmap.id, request.code()) > 0) {
            throw ProblemException.conflict("The roadmap already has an indicator with the code " + request.code());
        }
        indicator.code = request.code();
        indicator.name = request.name();
        indicator.unit = request.unit();
        indicator.direction = request.direction();
        indicator.baselineValue = request.baselineValue();
        indicator.baselineDate = request.baselineDate();
        indicator.targetValue = request.targetValue();
        indicator.targetDate = request.targetDate();
        indicator.reporter = request.reporterStakeholderId() == null ? null : stakeholder(request.reporterStakeholderId());
        indicator.visibility = request.visibility() == null ? Visibility.PUBLIC : request.visibility();
        indicator.measures = measures(indicator.roadmap.id, request.measureIds());
        requireSensible(indicator);
        indicator.persist();
        indicator.flush();
        IndicatorRepresentations.View created = view(indicator, List.of());
        audit.created(Indicator.AUDIT_TYPE, indicator.id, created);
        return created;
    }

    @Transactional
    public IndicatorRepresentations.View update(long id, String ifMatch, IndicatorRepresentations.Patch patch) {
        Indicator indicator = require(id);
        Versions.requireMatch(ifMatch, indicator.version);
        List<Measurement> readings = measurementsOf(List.of(id)).getOrDefault(id, List.of());
        IndicatorRepresentations.View before = view(indicator, readings);
        if (patch.name() != null) {
            indicator.name = patch.name();
        }
        if (patch.direction() != null) {
            indicator.direction = patch.direction();
        }
        if (patch.baselineValue() != null) {
            indicator.baselineValue = patch.baselineValue();
        }
        if (patch.baselineDate() != null) {
            indicator.baselineDate = patch.baselineDate();
        }
        if (patch.targetValue() != null) {
            indicator.targetValue = patch.targetValue();
        }
        if (patch.targetDate() != null) {
            indicator.targetDate = patch.targetDate();
        }
        if (patch.reporterStakeholderId() != null) {
            indicator.reporter = patch.reporterStakeholderId() == 0 ? null : stakeholder(patch.reporterStakeholderId());
        }
        if (patch.visibility() != null) {
            indicator.visibility = patch.visibility();
        }
        if (patch.measureIds() != null) {
            indicator.measures = measures(indicator.roadmap.id, patch.measureIds());
        }
        requireSensible(indicator);
        indicator.touch();
        indicator.flush();
        IndicatorRepresentations.View after = view(indicator, readings);
        audit.updated(Indicator.AUDIT_TYPE, id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Indicator indicator = require(id);
        Versions.requireMatch(ifMatch, indicator.version);
        long measurements = Measurement.count("indicator.id", id);
        if (measurements > 0) {
            throw ProblemException.conflict(indicator.code + " has " + measurements + " measurement(s); they are the record and stay");
        }
        IndicatorRepresentations.View before = view(indicator, List.of());
        indicator.delete();
        audit.deleted(Indicator.AUDIT_TYPE, id, before);
    }

    IndicatorRepresentations.View view(Indicator indicator, List<Measurement> readings) {
        Set<Visibility> readable = caller.visibleLevels();
        Measurement national = readings.stream().filter(m -> m.location == null).max(Comparator.comparing(m -> m.period)).orElse(null);
        Map<Long, Measurement> latestByPlace = new LinkedHashMap<>();
        readings.stream().filter(m -> m.location != null).sorted(Comparator.comparing((Measurement m) -> m.period).reversed())
                .forEach(m -> latestByPlace.putIfAbsent(m.location.id, m));
        return new IndicatorRepresentations.View(indicator.id, indicator.roadmap.id, indicator.code, indicator.name, indicator.unit,
                indicator.direction, indicator.baselineValue, indicator.baselineDate, indicator.targetValue, indicator.targetDate,
                StakeholderRef.of(indicator.reporter), indicator.visibility,
                indicator.measures.stream().filter(m -> readable.contains(m.visibility)).sorted(Comparator.comparing((Measure m) -> m.code))
                        .map(m -> new IndicatorRepresentations.MeasureLink(m.id, m.code)).toList(),
                national == null ? null : reading(indicator, national),
                national == null ? null : indicator.progressOf(national.value),
                latestByPlace.values().stream().sorted(Comparator.comparing(m -> m.location.pcode == null ? "" : m.location.pcode))
                        .map(m -> reading(indicator, m)).toList(),
                Tracking.of(indicator));
    }

    private static IndicatorRepresentations.Reading reading(Indicator indicator, Measurement measurement) {
        return new IndicatorRepresentations.Reading(measurement.period, measurement.value,
                measurement.location == null ? null : LocationRef.of(measurement.location), indicator.progressOf(measurement.value));
    }

    private static Map<Long, List<Measurement>> measurementsOf(List<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        return Measurement.<Measurement>list("select m from Measurement m left join fetch m.location where m.indicator.id in ?1", indicatorIds)
                .stream().collect(Collectors.groupingBy(m -> m.indicator.id));
    }

    /** The target must lie in the direction that counts as progress. */
    private static void requireSensible(Indicator indicator) {
        int sign = indicator.targetValue.compareTo(indicator.baselineValue);
        if ((indicator.direction == Direction.INCREASE && sign < 0) || (indicator.direction == Direction.DECREASE && sign > 0)) {
            throw ProblemException.invalid("targetValue", "must be " + (indicator.direction == Direction.INCREASE ? "above" : "below")
                    + " the baseline for an indicator that should " + indicator.direction.name().toLowerCase(java.util.Locale.ROOT));
        }
        List<Violation> violations = new ArrayList<>();
        String baseline = indicator.unit.refuse(indicator.baselineValue);
        if (baseline != null) {
            violations.add(new Violation("baselineValue", baseline));
        }
        String target = indicator.unit.refuse(indicator.targetValue);
        if (target != null) {
            violations.add(new Violation("targetValue", target));
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static Stakeholder stakeholder(long id) {
        return Stakeholder.<Stakeholder>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.invalid("reporterStakeholderId", Phrase.of("stakeholder.unknown", id)));
    }

    private static Set<Measure> measures(long roadmapId, List<Long> ids) {
        return References.resolve(ids, "measureIds", "measure of this roadmap", id -> Measure.findById(id),
                (Measure m) -> m.roadmap.id.equals(roadmapId));
    }
}
