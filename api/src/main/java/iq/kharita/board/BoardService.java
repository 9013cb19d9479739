package iq.kharita.board;

import iq.kharita.common.I18nText;
import iq.kharita.common.Visibility;
import iq.kharita.location.Gazetteer;
import iq.kharita.location.LocationRef;
import iq.kharita.measure.MeasureAccess;
import iq.kharita.measure.MeasureStatus;
import iq.kharita.measure.ResponsibilityRole;
import iq.kharita.pillar.PillarRef;
import iq.kharita.risk.RiskKind;
import iq.kharita.risk.RiskStatus;
import iq.kharita.roadmap.RoadmapService;
import iq.kharita.sequence.Dependency;
import iq.kharita.sequence.DependencyKind;
import iq.kharita.stakeholder.StakeholderRef;
import iq.kharita.workinggroup.WorkingGroupRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The board is read by every workshop screen and refreshed on each live change, so it is built from six
 * statements whatever the size of the roadmap (the roadmap, measures, leads, places, risks, dependencies), each
 * for the whole roadmap at once and each selecting only the columns a card shows: no entity is loaded, and places
 * come from the gazetteer in memory (docs/benchmarks.md has the before and after).
 */
@ApplicationScoped
public class BoardService {

    private static final Set<MeasureStatus> FINISHED = Set.of(MeasureStatus.COMPLETED, MeasureStatus.CANCELLED);

    @Inject
    EntityManager em;

    @Inject
    MeasureAccess access;

    @Inject
    RoadmapService roadmaps;

    @Inject
    Gazetteer gazetteer;

    public BoardRepresentation board(long roadmapId) {
        roadmaps.require(roadmapId);
        List<Visibility> readable = access.readableLevels();
        List<Object[]> measures = em.createQuery("""
                        select m.id, m.code, m.title.en, m.title.ar, m.status, m.progress, m.dueDate, m.visibility, m.version,
                               p.id, p.code, p.name.en, p.name.ar, wg.id, wg.code, wg.name.en, wg.name.ar
                        from Measure m join m.pillar p left join m.workingGroup wg
                        where m.roadmap.id = :roadmap and m.visibility in :readable
                        order by p.sortOrder, lower(m.code)""", Object[].class)
                .setParameter("roadmap", roadmapId).setParameter("readable", readable).getResultList();
        Map<Long, MeasureStatus> visible = new HashMap<>();
        measures.forEach(row -> visible.put((Long) row[0], (MeasureStatus) row[4]));
        Map<Long, StakeholderRef> leads = leads(roadmapId);
        Map<Long, Places> places = places(roadmapId);
        Map<Long, Integer> risks = risks(roadmapId, readable);
        Set<Long> blocked = blocked(roadmapId, visible);
        LocalDate today = LocalDate.now();
        Named named = new Named();
        List<BoardRepresentation.Card> cards = new ArrayList<>(measures.size());
        for (Object[] row : measures) {
            long id = (Long) row[0];
            MeasureStatus status = (MeasureStatus) row[4];
            LocalDate due = (LocalDate) row[6];
            String groupCode = (String) row[14];
            Places where = places.getOrDefault(id, new Places());
            named.pillars.computeIfAbsent((Long) row[9], pillar -> new PillarRef(pillar, (String) row[10], new I18nText((String) row[11], (String) row[12])));
            if (row[13] != null) {
                named.groups.computeIfAbsent((Long) row[13], group -> new WorkingGroupRef(group, roadmapId, groupCode,
                        new I18nText((String) row[15], (String) row[16])));
            }
            StakeholderRef lead = leads.get(id);
            if (lead != null) {
                named.stakeholders.putIfAbsent(lead.id(), lead);
            }
            where.own.forEach(place -> named.places.putIfAbsent(place.id(), place));
            where.governorates.values().forEach(place -> named.places.putIfAbsent(place.id(), place));
            cards.add(new BoardRepresentation.Card(id, (String) row[1], new I18nText((String) row[2], (String) row[3]), status, (Integer) row[5], due,
                    due != null && due.isBefore(today) && !FINISHED.contains(status), blocked.contains(id), risks.get(id),
                    (Long) row[9], (Long) row[13], lead == null ? null : lead.id(),
                    List.copyOf(where.governorates.keySet()), where.own.stream().map(LocationRef::id).toList(),
                    access.mayChangeStatus((Visibility) row[7], groupCode), (Long) row[8]));
        }
        return new BoardRepresentation(roadmapId, cards, List.copyOf(named.pillars.values()), List.copyOf(named.groups.values()),
                List.copyOf(named.stakeholders.values()), List.copyOf(named.places.values()));
    }

    private Map<Long, StakeholderRef> leads(long roadmapId) {
        Map<Long, StakeholderRef> leads = new HashMap<>();
        em.createQuery("""
                        select r.measure.id, s.id, s.abbreviation, s.name.en, s.name.ar from MeasureResponsibility r join r.stakeholder s
                        where r.role = :lead and r.measure.roadmap.id = :roadmap""", Object[].class)
                .setParameter("lead", ResponsibilityRole.LEAD).setParameter("roadmap", roadmapId)
                .getResultList()
                .forEach(row -> leads.put((Long) row[0], new StakeholderRef((Long) row[1], (String) row[2], new I18nText((String) row[3], (String) row[4]))));
        return leads;
    }

    private Map<Long, Places> places(long roadmapId) {
        Map<Long, Places> places = new HashMap<>();
        em.createQuery("select m.id, l.id from Measure m join m.locations l where m.roadmap.id = :roadmap order by l.id", Object[].class)
                .setParameter("roadmap", roadmapId)
                .getResultList()
                .forEach(row -> {
                    Places where = places.computeIfAbsent((Long) row[0], id -> new Places());
                    long place = (Long) row[1];
                    where.own.add(gazetteer.ref(place));
                    gazetteer.governorateOf(place).ifPresent(g -> where.governorates.putIfAbsent(g.id(), g));
                });
        return places;
    }

    private Map<Long, Integer> risks(long roadmapId, List<Visibility> readable) {
        Map<Long, Integer> risks = new HashMap<>();
        em.createQuery("""
                        select rm.id, max(r.score) from Risk r join r.measures rm
                        where r.roadmap.id = :roadmap and r.kind = :risk and r.status = :open and r.visibility in :readable
                        group by rm.id""", Object[].class)
                .setParameter("roadmap", roadmapId).setParameter("risk", RiskKind.RISK)
                .setParameter("open", RiskStatus.OPEN).setParameter("readable", readable)
                .getResultList()
                .forEach(row -> risks.put((Long) row[0], (Integer) row[1]));
        return risks;
    }

    /** Measures waiting for a predecessor the reader may see; a hidden predecessor must not show through. */
    private Set<Long> blocked(long roadmapId, Map<Long, MeasureStatus> visible) {
        Set<Long> blocked = new HashSet<>();
        em.createQuery("""
                        select d.measure.id, d.predecessor.id, d.kind, d.requiredStatus from Dependency d
                        where d.measure.roadmap.id = :roadmap""", Object[].class)
                .setParameter("roadmap", roadmapId)
                .getResultList()
                .forEach(row -> {
                    long measure = (Long) row[0];
                    MeasureStatus predecessor = visible.get((Long) row[1]);
                    boolean waiting = predecessor != null && visible.containsKey(measure) && !FINISHED.contains(visible.get(measure))
                            && !Dependency.isSatisfied((DependencyKind) row[2], (MeasureStatus) row[3], predecessor);
                    if (waiting) {
                        blocked.add(measure);
                    }
                });
        return blocked;
    }

    /** What the cards refer to, each once, in the order the cards first name it. */
    private static final class Named {
        final Map<Long, PillarRef> pillars = new LinkedHashMap<>();
        final Map<Long, WorkingGroupRef> groups = new LinkedHashMap<>();
        final Map<Long, StakeholderRef> stakeholders = new LinkedHashMap<>();
        final Map<Long, LocationRef> places = new LinkedHashMap<>();
    }

    private static final class Places {
        final List<LocationRef> own = new ArrayList<>();
        final Map<Long, LocationRef> governorates = new LinkedHashMap<>();
    }
}
