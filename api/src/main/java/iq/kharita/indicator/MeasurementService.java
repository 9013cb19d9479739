package iq.kharita.indicator;

import io.quarkus.security.ForbiddenException;
import iq.kharita.audit.AuditTrail;
import iq.kharita.common.Filters;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Versions;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.security.Caller;
import iq.kharita.location.Location;
import iq.kharita.location.LocationLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Measurements: posted by the CCPC, or by the reporting institution's partner systems and focal points (a partner
 * writes only what its institution is assigned). One value per indicator, period and place.
 */
@ApplicationScoped
public class MeasurementService {

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    IndicatorService indicators;

    public Page<IndicatorRepresentations.MeasurementView> list(long indicatorId, String locationPcode, PageRequest page) {
        indicators.require(indicatorId);
        Long location = locationPcode == null ? null : place(locationPcode).id;
        return new Filters().equal("m.indicator.id", "indicator", indicatorId).equal("l.id", "location", location)
                .page(Measurement.class, "select m from Measurement m left join fetch m.location l",
                        "select count(m) from Measurement m left join m.location l", " order by m.period desc, m.id", page)
                .map(IndicatorRepresentations.MeasurementView::of);
    }

    @Transactional
    public IndicatorRepresentations.MeasurementView create(IndicatorRepresentations.MeasurementCreate request) {
        Indicator indicator = Indicator.<Indicator>findByIdOptional(request.indicatorId()).filter(i -> caller.mayRead(i.visibility))
                .orElseThrow(() -> ProblemException.invalid("indicatorId", "no indicator has id " + request.indicatorId()));
        requireMayReport(indicator);
        requireValue(indicator, request.value());
        Location location = request.locationPcode() == null ? null : place(request.locationPcode());
        long existing = location == null
                ? Measurement.count("indicator.id = ?1 and period = ?2 and location is null", indicator.id, request.period())
                : Measurement.count("indicator.id = ?1 and period = ?2 and location.id = ?3", indicator.id, request.period(), location.id);
        if (existing > 0) {
            throw ProblemException.conflict("A value for " + indicator.code + " in " + request.period()
                    + (location == null ? " nationally" : " in " + location.name.en()) + " already exists; change it instead");
        }
        Measurement measurement = new Measurement();
        measurement.indicator = indicator;
        measurement.period = request.period();
        measurement.value = request.value();
        measurement.location = location;
        measurement.note = request.note();
        measurement.persist();
        measurement.flush();
        IndicatorRepresentations.MeasurementView created = IndicatorRepresentations.MeasurementView.of(measurement);
        audit.created(Measurement.AUDIT_TYPE, measurement.id, created);
        return created;
    }

    @Transactional
    public IndicatorRepresentations.MeasurementView update(long id, String ifMatch, IndicatorRepresentations.MeasurementPatch patch) {
        Measurement measurement = Measurement.<Measurement>findByIdOptional(id).filter(m -> caller.mayRead(m.indicator.visibility))
                .orElseThrow(() -> ProblemException.notFound("Measurement", id));
        requireMayReport(measurement.indicator);
        Versions.requireMatch(ifMatch, measurement.version);
        IndicatorRepresentations.MeasurementView before = IndicatorRepresentations.MeasurementView.of(measurement);
        if (patch.value() != null) {
            requireValue(measurement.indicator, patch.value());
            measurement.value = patch.value();
        }
        if (patch.note() != null) {
            measurement.note = patch.note();
        }
        measurement.touch();
        measurement.flush();
        IndicatorRepresentations.MeasurementView after = IndicatorRepresentations.MeasurementView.of(measurement);
        audit.updated(Measurement.AUDIT_TYPE, id, before, after);
        return after;
    }

    private void requireMayReport(Indicator indicator) {
        if (caller.isCcpc()) {
            return;
        }
        boolean reporter = indicator.reporter != null && indicator.reporter.abbreviation.equalsIgnoreCase(String.valueOf(caller.institution()));
        if (!reporter) {
            throw new ForbiddenException(indicator.code + " is reported by "
                    + (indicator.reporter == null ? "the CCPC" : indicator.reporter.abbreviation) + ", not by your institution");
        }
    }

    private static void requireValue(Indicator indicator, java.math.BigDecimal value) {
        String refusal = indicator.unit.refuse(value);
        if (refusal != null) {
            throw ProblemException.invalid("value", refusal);
        }
    }

    private static Location place(String pcode) {
        return Location.findByPcode(pcode.strip())
                .filter(l -> l.level == LocationLevel.GOVERNORATE || l.level == LocationLevel.DISTRICT)
                .orElseThrow(() -> ProblemException.invalid("locationPcode", "no governorate or district has this P-code"));
    }
}
