package iq.kharita.roadmap;

import iq.kharita.audit.AuditTrail;
import iq.kharita.common.Page;
import iq.kharita.common.Filters;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Sorting;
import iq.kharita.common.Versions;
import io.quarkus.security.ForbiddenException;
import iq.kharita.common.problem.Phrase;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.security.Caller;
import iq.kharita.common.security.Roles;
import iq.kharita.stakeholder.Stakeholder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class RoadmapService {

    private static final Map<String, String> SORTS = Map.of("code", "lower(r.code)", "status", "r.status", "updatedAt", "r.updatedAt");

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    public Page<RoadmapRepresentation> list(List<RoadmapStatus> statuses, String sort, PageRequest page) {
        return new Filters()
                .in("r.status", "statuses", statuses)
                .page(Roadmap.class, "select r from Roadmap r join fetch r.owner", "select count(r) from Roadmap r",
                        Sorting.orderBy(sort, SORTS, "r"), page)
                .map(RoadmapRepresentation::of);
    }

    public Optional<Roadmap> find(long id) {
        return Roadmap.find("from Roadmap r join fetch r.owner where r.id = ?1", id).firstResultOptional();
    }

    @Transactional
    public RoadmapRepresentation create(RoadmapCreate request) {
        requireFreeCode(request.code(), null);
        Roadmap roadmap = new Roadmap();
        roadmap.code = request.code();
        roadmap.title = request.title();
        roadmap.versionLabel = request.versionLabel().strip();
        roadmap.status = request.status() == null ? RoadmapStatus.DRAFT : request.status();
        roadmap.owner = owner(request.ownerStakeholderId());
        roadmap.persist();
        roadmap.flush();
        RoadmapRepresentation created = RoadmapRepresentation.of(roadmap);
        audit.created(Roadmap.AUDIT_TYPE, roadmap.id, created);
        return created;
    }

    @Transactional
    public RoadmapRepresentation update(long id, String ifMatch, RoadmapPatch patch) {
        if (patch.status() != null && !caller.has(Roles.CCPC_ADMIN)) {
            throw new ForbiddenException("Only the CCPC coordinator moves the roadmap through its lifecycle");
        }
        Roadmap roadmap = require(id);
        Versions.requireMatch(ifMatch, roadmap.version);
        RoadmapRepresentation before = RoadmapRepresentation.of(roadmap);
        if (patch.code() != null) {
            requireFreeCode(patch.code(), id);
            roadmap.code = patch.code();
        }
        if (patch.title() != null) {
            roadmap.title = patch.title();
        }
        if (patch.versionLabel() != null) {
            roadmap.versionLabel = patch.versionLabel().strip();
        }
        if (patch.status() != null) {
            roadmap.status = patch.status();
        }
        if (patch.ownerStakeholderId() != null) {
            roadmap.owner = owner(patch.ownerStakeholderId());
        }
        roadmap.flush();
        RoadmapRepresentation after = RoadmapRepresentation.of(roadmap);
        audit.updated(Roadmap.AUDIT_TYPE, id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Roadmap roadmap = require(id);
        Versions.requireMatch(ifMatch, roadmap.version);
        long pillars = Roadmap.getEntityManager()
                .createQuery("select count(p) from Pillar p where p.roadmap.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (pillars > 0) {
            throw ProblemException.conflict("Roadmap " + roadmap.code + " still has " + pillars + " pillar(s); delete them first");
        }
        RoadmapRepresentation before = RoadmapRepresentation.of(roadmap);
        roadmap.delete();
        audit.deleted(Roadmap.AUDIT_TYPE, id, before);
    }

    public Roadmap require(long id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Roadmap", id));
    }

    /**
     * Fails with 404 unless the roadmap exists. For the reads that need nothing of the roadmap itself: loading it as
     * an entity with its owner took 5 % of the API's time for a 500-card board (docs/benchmarks.md).
     */
    public void requireExists(long id) {
        if (Roadmap.count("id", id) == 0) {
            throw ProblemException.notFound("Roadmap", id);
        }
    }

    private static Stakeholder owner(long id) {
        return Stakeholder.<Stakeholder>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.invalid("ownerStakeholderId", Phrase.of("stakeholder.unknown", id)));
    }

    private static void requireFreeCode(String code, Long self) {
        Roadmap.findByCode(code).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ProblemException.conflict("Another roadmap already has the code " + other.code);
        });
    }
}
