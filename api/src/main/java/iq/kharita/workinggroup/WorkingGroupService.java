package iq.kharita.workinggroup;

import iq.kharita.audit.AuditTrail;
import iq.kharita.common.Filters;
import iq.kharita.common.Page;
import iq.kharita.common.References;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Sorting;
import iq.kharita.common.Versions;
import iq.kharita.common.problem.Phrase;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.pillar.Pillar;
import iq.kharita.roadmap.RoadmapService;
import iq.kharita.stakeholder.Stakeholder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class WorkingGroupService {

    private static final Map<String, String> SORTS = Map.of("code", "lower(g.code)", "nameEn", "g.name.en", "nameAr", "g.name.ar");

    @Inject
    AuditTrail audit;

    @Inject
    RoadmapService roadmaps;

    public Page<WorkingGroupRepresentation> list(Long roadmapId, Long pillarId, Long stakeholderId, String sort, PageRequest page) {
        return new Filters()
                .equal("g.roadmap.id", "roadmap", roadmapId)
                .matching("exists (select 1 from g.pillars p where p.id = :pillar)", "pillar", pillarId)
                .matching("(g.lead.id = :stakeholder or exists (select 1 from g.members s where s.id = :stakeholder))", "stakeholder", stakeholderId)
                .page(WorkingGroup.class, "select g from WorkingGroup g join fetch g.lead", "select count(g) from WorkingGroup g",
                        Sorting.orderBy(sort, SORTS, "g"), page)
                .map(WorkingGroupRepresentation::of);
    }

    public WorkingGroup require(long id) {
        return WorkingGroup.<WorkingGroup>find("from WorkingGroup g join fetch g.lead where g.id = ?1", id).firstResultOptional()
                .orElseThrow(() -> ProblemException.notFound("Working group", id));
    }

    @Transactional
    public WorkingGroupRepresentation create(WorkingGroupCreate request) {
        WorkingGroup group = new WorkingGroup();
        group.roadmap = roadmaps.find(request.roadmapId())
                .orElseThrow(() -> ProblemException.invalid("roadmapId", "no roadmap has id " + request.roadmapId()));
        requireFreeCode(group.roadmap.id, request.code(), null);
        group.code = request.code();
        group.name = request.name();
        group.lead = stakeholder("leadStakeholderId", request.leadStakeholderId());
        group.pillars = pillars(group.roadmap.id, request.pillarIds());
        group.members = members(request.memberIds());
        group.termsOfReference = request.termsOfReference();
        group.persist();
        group.flush();
        WorkingGroupRepresentation created = WorkingGroupRepresentation.of(group);
        audit.created(WorkingGroup.AUDIT_TYPE, group.id, created);
        return created;
    }

    @Transactional
    public WorkingGroupRepresentation update(long id, String ifMatch, WorkingGroupPatch patch) {
        WorkingGroup group = require(id);
        Versions.requireMatch(ifMatch, group.version);
        WorkingGroupRepresentation before = WorkingGroupRepresentation.of(group);
        if (patch.code() != null) {
            requireFreeCode(group.roadmap.id, patch.code(), id);
            group.code = patch.code();
        }
        if (patch.name() != null) {
            group.name = patch.name();
        }
        if (patch.leadStakeholderId() != null) {
            group.lead = stakeholder("leadStakeholderId", patch.leadStakeholderId());
        }
        if (patch.pillarIds() != null) {
            group.pillars = pillars(group.roadmap.id, patch.pillarIds());
            requirePillarsStillCovered(group);
        }
        if (patch.memberIds() != null) {
            group.members = members(patch.memberIds());
        }
        if (patch.termsOfReference() != null) {
            group.termsOfReference = patch.termsOfReference();
        }
        group.touch();
        group.flush();
        WorkingGroupRepresentation after = WorkingGroupRepresentation.of(group);
        audit.updated(WorkingGroup.AUDIT_TYPE, id, before, after);
        return after;
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        WorkingGroup group = require(id);
        Versions.requireMatch(ifMatch, group.version);
        long measures = WorkingGroup.getEntityManager()
                .createQuery("select count(m) from Measure m where m.workingGroup.id = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        if (measures > 0) {
            throw ProblemException.conflict("Working group " + group.code + " still owns " + measures + " measure(s)");
        }
        WorkingGroupRepresentation before = WorkingGroupRepresentation.of(group);
        group.delete();
        audit.deleted(WorkingGroup.AUDIT_TYPE, id, before);
    }

    /** Measures owned by the group must stay in one of its pillars. */
    private static void requirePillarsStillCovered(WorkingGroup group) {
        List<String> orphaned = WorkingGroup.getEntityManager().createQuery(
                        "select m.code from Measure m where m.workingGroup.id = :id and m.pillar not in :pillars order by m.code", String.class)
                .setParameter("id", group.id)
                .setParameter("pillars", group.pillars)
                .getResultList();
        if (!orphaned.isEmpty()) {
            throw ProblemException.invalid("pillarIds", "the group owns measures in other pillars: " + String.join(", ", orphaned));
        }
    }

    private static Stakeholder stakeholder(String field, long id) {
        return Stakeholder.<Stakeholder>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.invalid(field, Phrase.of("stakeholder.unknown", id)));
    }

    private static Set<Pillar> pillars(long roadmapId, List<Long> ids) {
        return References.resolve(ids, "pillarIds", "pillar of this roadmap", id -> Pillar.findById(id),
                (Pillar p) -> p.roadmap.id.equals(roadmapId));
    }

    private static Set<Stakeholder> members(List<Long> ids) {
        return References.resolve(ids, "memberIds", "stakeholder", id -> Stakeholder.findById(id), (Stakeholder s) -> true);
    }

    private static void requireFreeCode(long roadmapId, String code, Long self) {
        WorkingGroup.findByCode(roadmapId, code).filter(other -> !other.id.equals(self)).ifPresent(other -> {
            throw ProblemException.conflict("The roadmap already has a working group with the code " + other.code);
        });
    }
}
