package iq.kharita.pillar;

import iq.kharita.audit.AuditTrail;
import iq.kharita.common.Versions;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.roadmap.Roadmap;
import iq.kharita.roadmap.RoadmapService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

@ApplicationScoped
public class PillarService {

    @Inject
    AuditTrail audit;

    @Inject
    RoadmapService roadmaps;

    public List<PillarRepresentation> list(long roadmapId) {
        roadmaps.requireExists(roadmapId);
        return Pillar.listByRoadmap(roadmapId).stream().map(PillarRepresentation::of).toList();
    }

    public Pillar require(long id) {
        return Pillar.<Pillar>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Pillar", id));
    }

    @Transactional
    public PillarRepresentation create(PillarCreate request) {
        Roadmap roadmap = roadmaps.find(request.roadmapId())
                .orElseThrow(() -> ProblemException.invalid("roadmapId", "no roadmap has id " + request.roadmapId()));
        requireFreeCode(roadmap.id, request.code(), null);
        Pillar pillar = new Pillar();
        pillar.roadmap = roadmap;
        pillar.code = request.code();
        pillar.name = request.name();
        pillar.description = request.description();
        pillar.sortOrder = request.order();
        pillar.persist();
        pillar.flush();
        PillarRepresentation created = PillarRepresentation.of(pillar);
        audit.created(Pillar.AUDIT_TYPE, pillar.id, created);
        return created;
    }

    @Transactional
    public PillarRepresentation update(long id, String ifMatch, PillarPatch patch) {
        Pillar pillar = require(id);
        Versions.requireMatch(ifMatch, pillar.version);
        PillarRepresentation before = PillarRepresentation.of(pillar);
        if (patch.code() != null) {
            requireFreeCode(pillar.roadmap.id, patch.code(), id);
            pillar.code = patch.code();
        }
        if (patch.name() != null) {
            pillar.name = patch.name();
        }
        if (patch.description() != null) {
            pillar.description = patch.description();
        }
        if (patch.order() != null) {
            pillar.sortOrder = patch.order();
        }
        pillar.flush();
        PillarRepresentation after = PillarRepresentation.of(pillar);
        audit.updated(Pillar.AUDIT_TYPE, id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Pillar pillar = require(id);
        Versions.requireMatch(ifMatch, pillar.version);
        Object[] usage = (Object[]) Pillar.getEntityManager().createNativeQuery("""
                        select (select count(*) from measure where pillar_id = :id),
                               (select count(*) from working_group_pillar where pillar_id = :id)""")
                .setParameter("id", id).getSingleResult();
        long measures = ((Number) usage[0]).longValue();
        long groups = ((Number) usage[1]).longValue();
        if (measures + groups > 0) {
            throw ProblemException.conflict("Pillar " + pillar.code + " still has " + measures
                    + " measure(s) and is covered by " + groups + " working group(s)");
        }
        PillarRepresentation before = PillarRepresentation.of(pillar);
        pillar.delete();
        audit.deleted(Pillar.AUDIT_TYPE, id, before);
    }

    private static void requireFreeCode(long roadmapId, String code, Long self) {
        Pillar.findByCode(roadmapId, code).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ProblemException.conflict("The roadmap already has a pillar with the code " + other.code);
        });
    }
}
