package iq.kharita.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.kharita.common.Filters;
import iq.kharita.common.Page;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Visibility;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/** A measure's past: its timeline of status updates, and the measure as it stood at a given moment (from the audit trail). */
@ApplicationScoped
public class MeasureHistory {

    @Inject
    MeasureService measures;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    Caller caller;

    public Page<StatusUpdateRepresentation> timeline(long measureId, PageRequest page) {
        measures.require(measureId);
        return new Filters().equal("u.measure.id", "measure", measureId)
                .page(MeasureStatusUpdate.class, "select u from MeasureStatusUpdate u", "select count(u) from MeasureStatusUpdate u",
                        " order by u.at desc, u.id desc", page)
                .map(StatusUpdateRepresentation::of);
    }

    /**
     * The representation recorded by the last accepted write at or before the moment asked; 404 when the measure did
     * not exist then, or when the caller may not read it now or as it was then.
     */
    public String asOf(long measureId, Instant at) {
        measures.find(measureId).ifPresent(current -> {
            if (!caller.mayRead(current.visibility)) {
                throw ProblemException.notFound("Measure", measureId);
            }
        });
        List<Object[]> rows = em.createQuery("""
                        select e.action, e.after from AuditEvent e
                        where e.entityType = :type and e.entityId = :id and e.at <= :at
                        order by e.at desc, e.id desc""", Object[].class)
                .setParameter("type", Measure.AUDIT_TYPE)
                .setParameter("id", String.valueOf(measureId))
                .setParameter("at", at)
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty() || rows.get(0)[1] == null) {
            throw ProblemException.notFound("Measure " + measureId + " as of", at);
        }
        String snapshot = (String) rows.get(0)[1];
        if (!caller.mayRead(visibilityOf(snapshot))) {
            throw ProblemException.notFound("Measure", measureId);
        }
        return snapshot;
    }

    private Visibility visibilityOf(String snapshot) {
        try {
            JsonNode node = json.readTree(snapshot);
            return Visibility.valueOf(node.path("visibility").asText(Visibility.RESTRICTED.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
