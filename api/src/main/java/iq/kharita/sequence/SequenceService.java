package iq.kharita.sequence;

import iq.kharita.audit.AuditTrail;
import iq.kharita.common.Versions;
import iq.kharita.common.problem.Phrase;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.security.Caller;
import iq.kharita.measure.Measure;
import iq.kharita.measure.MeasureService;
import iq.kharita.measure.MeasureStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class SequenceService {

    @Inject
    MeasureService measures;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    /** The dependencies of a measure in both directions: what it waits for and what waits for it. */
    public List<DependencyRepresentation> ofMeasure(long measureId) {
        measures.require(measureId);
        return Dependency.<Dependency>list("""
                        select d from Dependency d join fetch d.measure m join fetch d.predecessor p
                        where (m.id = ?1 or p.id = ?1) and m.visibility in ?2 and p.visibility in ?2
                        order by p.code, m.code""", measureId, caller.visibleLevelList())
                .stream().map(DependencyRepresentation::of).toList();
    }

    public SequenceRepresentation plan(long roadmapId) {
        List<Measure> visible = Measure.list("roadmap.id = ?1 and visibility in ?2", roadmapId, caller.visibleLevelList());
        return new SequencePlanner(visible, Dependency.ofRoadmap(roadmapId), LocalDate.now()).plan(roadmapId);
    }

    @Transactional
    public DependencyRepresentation create(DependencyCreate request) {
        Measure measure = measures.find(request.measureId())
                .orElseThrow(() -> ProblemException.invalid("measureId", Phrase.of("measure.unknown", request.measureId())));
        Measure predecessor = measures.find(request.predecessorId())
                .filter(p -> p.roadmap.id.equals(measure.roadmap.id))
                .orElseThrow(() -> ProblemException.invalid("predecessorId", "no measure of the same roadmap has id " + request.predecessorId()));
        DependencyKind kind = request.kind() == null ? DependencyKind.FINISH_TO_START : request.kind();
        MeasureStatus required = requiredStatus(kind, request.requiredStatus());
        if (measure.id.equals(predecessor.id)) {
            throw ProblemException.invalid("predecessorId", "a measure cannot wait for itself");
        }
        lockSequenceOf(measure.roadmap.id);
        if (Dependency.count("measure.id = ?1 and predecessor.id = ?2", measure.id, predecessor.id) > 0) {
            throw ProblemException.conflict(measure.code + " already waits for " + predecessor.code);
        }
        List<String> cycle = pathBetween(predecessor, measure);
        if (!cycle.isEmpty()) {
            throw ProblemException.conflict("This would make a cycle: " + measure.code + " → " + String.join(" → ", cycle));
        }
        Dependency dependency = new Dependency();
        dependency.measure = measure;
        dependency.predecessor = predecessor;
        dependency.kind = kind;
        dependency.requiredStatus = required;
        dependency.persist();
        dependency.flush();
        DependencyRepresentation created = DependencyRepresentation.of(dependency);
        audit.created(Dependency.AUDIT_TYPE, dependency.id, created);
        return created;
    }

    /**
     * Two dependencies added at once in opposite directions would each pass the cycle check made before the other
     * commits; one transaction-scoped lock per roadmap makes them take turns, and the second then sees the first.
     */
    private void lockSequenceOf(long roadmapId) {
        Dependency.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended('kharita.sequence', :roadmap))")
                .setParameter("roadmap", roadmapId).getSingleResult();
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Dependency dependency = Dependency.<Dependency>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Dependency", id));
        measures.require(dependency.measure.id);
        Versions.requireMatch(ifMatch, dependency.version);
        DependencyRepresentation before = DependencyRepresentation.of(dependency);
        dependency.delete();
        audit.deleted(Dependency.AUDIT_TYPE, id, before);
    }

    private static MeasureStatus requiredStatus(DependencyKind kind, MeasureStatus requested) {
        if (kind == DependencyKind.UNTIL_STATUS && requested == null) {
            throw ProblemException.invalid("requiredStatus", "is required with UNTIL_STATUS");
        }
        if (kind == DependencyKind.FINISH_TO_START && requested != null) {
            throw ProblemException.invalid("requiredStatus", "is only for UNTIL_STATUS");
        }
        if (requested == MeasureStatus.CANCELLED) {
            throw ProblemException.invalid("requiredStatus", "a measure cannot wait for another to be cancelled");
        }
        return requested;
    }

    /** Codes from `from` to `to` along "waits for" edges, or empty when `to` cannot be reached. */
    private static List<String> pathBetween(Measure from, Measure to) {
        Map<Long, List<Dependency>> waitsFor = new HashMap<>();
        for (Dependency d : Dependency.ofRoadmap(from.roadmap.id)) {
            waitsFor.computeIfAbsent(d.measure.id, id -> new ArrayList<>()).add(d);
        }
        Map<Long, Long> cameFrom = new HashMap<>();
        Map<Long, String> codes = new HashMap<>(Map.of(from.id, from.code));
        Deque<Long> queue = new ArrayDeque<>(List.of(from.id));
        Set<Long> seen = new HashSet<>(queue);
        while (!queue.isEmpty()) {
            Long current = queue.poll();
            if (current.equals(to.id)) {
                Deque<String> path = new ArrayDeque<>();
                for (Long step = current; step != null; step = cameFrom.get(step)) {
                    path.addFirst(codes.get(step));
                }
                return List.copyOf(path);
            }
            for (Dependency d : waitsFor.getOrDefault(current, List.of())) {
                if (seen.add(d.predecessor.id)) {
                    cameFrom.put(d.predecessor.id, current);
                    codes.put(d.predecessor.id, d.predecessor.code);
                    queue.add(d.predecessor.id);
                }
            }
        }
        return List.of();
    }
}
