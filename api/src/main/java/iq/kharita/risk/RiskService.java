package iq.kharita.risk;

import iq.kharita.audit.AuditTrail;
import iq.kharita.common.Filters;
import iq.kharita.common.ListParameter;
import iq.kharita.common.Page;
import iq.kharita.common.References;
import iq.kharita.common.PageRequest;
import iq.kharita.common.Sorting;
import iq.kharita.common.Versions;
import iq.kharita.common.Visibility;
import iq.kharita.common.problem.Phrase;
import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.security.Caller;
import iq.kharita.measure.Measure;
import iq.kharita.roadmap.RoadmapService;
import iq.kharita.stakeholder.Stakeholder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

@ApplicationScoped
public class RiskService {

    private static final Map<String, String> SORTS = Map.of("score", "r.score", "likelihood", "r.likelihood", "impact", "r.impact",
            "reviewDate", "r.reviewDate", "status", "r.status", "updatedAt", "r.updatedAt");

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    RoadmapService roadmaps;

    public Page<RiskRepresentation> list(RiskQuery query, PageRequest page) {
        Set<Visibility> readable = caller.visibleLevels();
        Filters filters = new Filters().readableBy("r.visibility", caller.visibleLevelList())
                .equal("r.roadmap.id", "roadmap", query.roadmapId())
                .in("r.kind", "kinds", query.kinds())
                .in("r.category", "categories", query.categories())
                .in("r.status", "statuses", query.statuses())
                .matching("r.score >= :minScore", "minScore", query.minScore())
                .matching("exists (select 1 from r.measures m where m.id = :measure)", "measure", query.measureId())
                .text("r.searchText", "q", query.text());
        String sort = query.sort() == null ? "-score" : query.sort();
        return filters.page(Risk.class, "select r from Risk r", "select count(r) from Risk r", Sorting.orderBy(sort, SORTS, "r"), page)
                .map(risk -> RiskRepresentation.of(risk, readable));
    }

    public RiskRepresentation get(long id) {
        return RiskRepresentation.of(require(id), caller.visibleLevels());
    }

    public Risk require(long id) {
        Risk risk = Risk.<Risk>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Risk", id));
        if (!caller.mayRead(risk.visibility)) {
            throw ProblemException.notFound("Risk", id);
        }
        return risk;
    }

    /** Open risks (not assumptions) the reader may see, in a 5 × 5 grid; hidden risks add to no cell and no total. */
    public HeatMapRepresentation heatMap(long roadmapId) {
        roadmaps.requireExists(roadmapId);
        ListParameter readable = new ListParameter("readable", caller.visibleLevels());
        List<Object[]> rows = readable.bindTo(Risk.getEntityManager().createQuery("""
                        select r.likelihood, r.impact, count(r) from Risk r
                        where r.roadmap.id = :roadmap and r.kind = :risk and r.status = :open and r.visibility in %s
                        group by r.likelihood, r.impact""".formatted(readable.placeholders()), Object[].class))
                .setParameter("roadmap", roadmapId).setParameter("risk", RiskKind.RISK).setParameter("open", RiskStatus.OPEN)
                .getResultList();
        long[][] counts = new long[6][6];
        rows.forEach(row -> counts[(Integer) row[0]][(Integer) row[1]] = (Long) row[2]);
        List<HeatMapRepresentation.Cell> cells = new ArrayList<>();
        long total = 0;
        for (int likelihood = 1; likelihood <= 5; likelihood++) {
            for (int impact = 1; impact <= 5; impact++) {
                cells.add(new HeatMapRepresentation.Cell(likelihood, impact, counts[likelihood][impact]));
                total += counts[likelihood][impact];
            }
        }
        return new HeatMapRepresentation(roadmapId, cells, total);
    }

    @Transactional
    public RiskRepresentation create(RiskCreate request) {
        Risk risk = new Risk();
        risk.roadmap = roadmaps.find(request.roadmapId())
                .orElseThrow(() -> ProblemException.invalid("roadmapId", "no roadmap has id " + request.roadmapId()));
        risk.kind = request.kind();
        risk.category = request.category();
        risk.title = request.title();
        risk.description = request.description();
        risk.likelihood = request.likelihood();
        risk.impact = request.impact();
        risk.mitigation = request.mitigation();
        risk.owner = request.ownerStakeholderId() == null ? null : owner(request.ownerStakeholderId());
        risk.reviewDate = request.reviewDate();
        risk.status = request.status() == null ? RiskStatus.OPEN : request.status();
        risk.visibility = request.visibility() != null ? request.visibility()
                : request.category().securityRelated() ? Visibility.RESTRICTED : Visibility.INTERNAL;
        risk.measures = measures(risk.roadmap.id, request.measureIds());
        risk.persist();
        risk.flush();
        RiskRepresentation created = RiskRepresentation.of(risk, Set.of(Visibility.values()));
        audit.created(Risk.AUDIT_TYPE, risk.id, created);
        return created;
    }

    @Transactional
    public RiskRepresentation update(long id, String ifMatch, RiskPatch patch) {
        Risk risk = require(id);
        Versions.requireMatch(ifMatch, risk.version);
        RiskRepresentation before = RiskRepresentation.of(risk, Set.of(Visibility.values()));
        if (patch.kind() != null) {
            risk.kind = patch.kind();
        }
        if (patch.category() != null) {
            risk.category = patch.category();
        }
        if (patch.title() != null) {
            risk.title = patch.title();
        }
        if (patch.description() != null) {
            risk.description = patch.description();
        }
        if (patch.likelihood() != null) {
            risk.likelihood = patch.likelihood();
        }
        if (patch.impact() != null) {
            risk.impact = patch.impact();
        }
        if (patch.mitigation() != null) {
            risk.mitigation = patch.mitigation();
        }
        if (patch.ownerStakeholderId() != null) {
            risk.owner = patch.ownerStakeholderId() == 0 ? null : owner(patch.ownerStakeholderId());
        }
        if (patch.reviewDate() != null) {
            risk.reviewDate = patch.reviewDate();
        }
        if (patch.status() != null) {
            risk.status = patch.status();
        }
        if (patch.visibility() != null) {
            risk.visibility = patch.visibility();
        }
        if (patch.measureIds() != null) {
            risk.measures = measures(risk.roadmap.id, patch.measureIds());
        }
        risk.touch();
        risk.flush();
        RiskRepresentation after = RiskRepresentation.of(risk, Set.of(Visibility.values()));
        audit.updated(Risk.AUDIT_TYPE, id, before, after);
        return RiskRepresentation.of(risk, caller.visibleLevels());
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Risk risk = require(id);
        Versions.requireMatch(ifMatch, risk.version);
        RiskRepresentation before = RiskRepresentation.of(risk, Set.of(Visibility.values()));
        risk.delete();
        audit.deleted(Risk.AUDIT_TYPE, id, before);
    }

    private static Stakeholder owner(long id) {
        return Stakeholder.<Stakeholder>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.invalid("ownerStakeholderId", Phrase.of("stakeholder.unknown", id)));
    }

    private static Set<Measure> measures(long roadmapId, List<Long> ids) {
        return References.resolve(ids, "measureIds", "measure of this roadmap", id -> Measure.findById(id),
                (Measure m) -> m.roadmap.id.equals(roadmapId));
    }
}
