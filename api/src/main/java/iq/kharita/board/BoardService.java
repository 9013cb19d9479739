package iq.kharita.board;

import iq.kharita.common.I18nText;
import iq.kharita.common.ListParameter;
import iq.kharita.common.Visibility;
import iq.kharita.location.Gazetteer;
import iq.kharita.location.LocationRef;
import iq.kharita.measure.MeasureAccess;
import iq.kharita.measure.MeasureStatus;
import iq.kharita.measure.ResponsibilityRole;
import iq.kharita.pillar.Pillar;
import iq.kharita.pillar.PillarRef;
import iq.kharita.risk.RiskKind;
import iq.kharita.risk.RiskStatus;
import iq.kharita.roadmap.KeptAnswer;
import iq.kharita.roadmap.KeptAnswers;
import iq.kharita.roadmap.RevisionCache;
import iq.kharita.roadmap.RoadmapRevision;
import iq.kharita.sequence.Dependency;
import iq.kharita.sequence.DependencyKind;
import iq.kharita.stakeholder.StakeholderRef;
import iq.kharita.workinggroup.WorkingGroupRef;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The board is read by every workshop screen and refreshed on each live change, so it is built from eight small
 * statements whatever the size of the roadmap (the roadmap's existence, its measures, pillars, working groups, leads, places,
 * risks, dependencies), each selecting only the columns a card shows: no entity is loaded, and places come from the
 * gazetteer in memory. The measures are read without joins or sorting, and the child rows are found through the
 * cards' measure ids by index; at 100 roadmaps the joins and the sort were two thirds of the board's SQL time
 * (docs/benchmarks.md has the before and after). A board once built is served again to readers who see the same
 * cards and may move the same ones, until the roadmap's revision rises or the day changes (overdue depends on it).
 */
@ApplicationScoped
public class BoardService {

    private static final Set<MeasureStatus> FINISHED = Set.of(MeasureStatus.COMPLETED, MeasureStatus.CANCELLED);

    @Inject
    EntityManager em;

    @Inject
    MeasureAccess access;

    @Inject
    RoadmapRevision revisions;

    @Inject
    KeptAnswers answers;

    private RevisionCache<Built, KeptAnswer> built;

    @Inject
    Gazetteer gazetteer;

    @PostConstruct
    void keep() {
        built = answers.cache();
    }

    /** The board as the JSON it is sent as (BoardRepresentation). */
    public KeptAnswer board(long roadmapId) {
        long revision = revisions.current(roadmapId);
        LocalDate today = LocalDate.now();
        return answers.kept(built, new Built(roadmapId, access.boardReader(), today), revision, () -> build(roadmapId, today));
    }

    private BoardRepresentation build(long roadmapId, LocalDate today) {
        ListParameter readable = new ListParameter("readable", access.readableLevels());
        List<Object[]> unsorted = readable.bindTo(em.createQuery("""
                        select m.id, m.code, m.title.en, m.title.ar, m.status, m.progress, m.dueDate, m.visibility, m.version,
                               m.pillar.id, m.workingGroup.id
                        from Measure m where m.roadmap.id = :roadmap and m.visibility in %s""".formatted(readable.placeholders()), Object[].class))
                .setParameter("roadmap", roadmapId).getResultList();
        Map<Long, PillarInOrder> pillars = pillars(roadmapId);
        // each row's pillar is looked up once, not at each of the sort's comparisons
        List<Object[]> measures = unsorted.stream()
                .map(row -> new InPillarOrder(row, pillars.get((Long) row[9]).position))
                .sorted(Comparator.comparingInt(InPillarOrder::pillarOrder).thenComparing(sorted -> (String) sorted.row()[1], String.CASE_INSENSITIVE_ORDER))
                .map(InPillarOrder::row)
                .toList();
        Map<Long, MeasureStatus> visible = new HashMap<>();
        measures.forEach(row -> visible.put((Long) row[0], (MeasureStatus) row[4]));
        Map<Long, WorkingGroupRef> groups = groups(roadmapId);
        Long[] ids = visible.keySet().toArray(Long[]::new);
        Map<Long, StakeholderRef> leads = leads(ids);
        Map<Long, Places> places = places(ids);
        Map<Long, Integer> risks = risks(roadmapId, readable);
        Set<Long> blocked = blocked(ids, visible);
        Named named = new Named();
        Map<Editability, Boolean> editable = new HashMap<>();
        List<BoardRepresentation.Card> cards = new ArrayList<>(measures.size());
        for (Object[] row : measures) {
            long id = (Long) row[0];
            MeasureStatus status = (MeasureStatus) row[4];
            LocalDate due = (LocalDate) row[6];
            Long pillarId = (Long) row[9];
            WorkingGroupRef group = row[10] == null ? null : groups.get((Long) row[10]);
            Places where = places.getOrDefault(id, new Places());
            named.pillars.putIfAbsent(pillarId, pillars.get(pillarId).ref);
            if (group != null) {
                named.groups.putIfAbsent(group.id(), group);
            }
            StakeholderRef lead = leads.get(id);
            if (lead != null) {
                named.stakeholders.putIfAbsent(lead.id(), lead);
            }
            where.own.forEach(place -> named.places.putIfAbsent(place.id(), place));
            where.governorates.values().forEach(place -> named.places.putIfAbsent(place.id(), place));
            cards.add(new BoardRepresentation.Card(id, (String) row[1], new I18nText((String) row[2], (String) row[3]), status, (Integer) row[5], due,
                    due != null && due.isBefore(today) && !FINISHED.contains(status), blocked.contains(id), risks.get(id),
                    pillarId, group == null ? null : group.id(), lead == null ? null : lead.id(),
                    List.copyOf(where.governorates.keySet()), where.own.stream().map(LocationRef::id).toList(),
                    editable.computeIfAbsent(new Editability((Visibility) row[7], group),
                            key -> access.mayChangeStatus(key.visibility(), key.group() == null ? null : key.group().code())),
                    (Long) row[8]));
        }
        return new BoardRepresentation(roadmapId, cards, List.copyOf(named.pillars.values()), List.copyOf(named.groups.values()),
                List.copyOf(named.stakeholders.values()), List.copyOf(named.places.values()));
    }

    /** The roadmap's pillars by id, each with its place in the roadmap's order. */
    private static Map<Long, PillarInOrder> pillars(long roadmapId) {
        List<PillarRef> inOrder = Pillar.refsByRoadmap(roadmapId);
        Map<Long, PillarInOrder> pillars = new HashMap<>();
        for (int position = 0; position < inOrder.size(); position++) {
            pillars.put(inOrder.get(position).id(), new PillarInOrder(inOrder.get(position), position));
        }
        return pillars;
    }

    private Map<Long, WorkingGroupRef> groups(long roadmapId) {
        Map<Long, WorkingGroupRef> groups = new HashMap<>();
        em.createQuery("select wg.id, wg.code, wg.name.en, wg.name.ar from WorkingGroup wg where wg.roadmap.id = :roadmap", Object[].class)
                .setParameter("roadmap", roadmapId)
                .getResultList()
                .forEach(row -> groups.put((Long) row[0], new WorkingGroupRef((Long) row[0], roadmapId, (String) row[1],
                        new I18nText((String) row[2], (String) row[3]))));
        return groups;
    }

    private Map<Long, StakeholderRef> leads(Long[] ids) {
        Map<Long, StakeholderRef> leads = new HashMap<>();
        rows("""
                select r.measure_id, s.id, s.abbreviation, s.name_en, s.name_ar from measure_responsibility r join stakeholder s on s.id = r.stakeholder_id
                where r.role = '""" + ResponsibilityRole.LEAD.name() + "' and r.measure_id = any(:ids)", ids)
                .forEach(row -> leads.put(id(row[0]), new StakeholderRef(id(row[1]), (String) row[2], new I18nText((String) row[3], (String) row[4]))));
        return leads;
    }

    private Map<Long, Places> places(Long[] ids) {
        Map<Long, Places> places = new HashMap<>();
        rows("select l.measure_id, l.location_id from measure_location l where l.measure_id = any(:ids) order by l.location_id", ids)
                .forEach(row -> {
                    Places where = places.computeIfAbsent(id(row[0]), id -> new Places());
                    long place = id(row[1]);
                    where.own.add(gazetteer.ref(place));
                    gazetteer.governorateOf(place).ifPresent(g -> where.governorates.putIfAbsent(g.id(), g));
                });
        return places;
    }

    private Map<Long, Integer> risks(long roadmapId, ListParameter readable) {
        Map<Long, Integer> risks = new HashMap<>();
        readable.bindTo(em.createQuery("""
                        select rm.id, max(r.score) from Risk r join r.measures rm
                        where r.roadmap.id = :roadmap and r.kind = :risk and r.status = :open and r.visibility in %s
                        group by rm.id""".formatted(readable.placeholders()), Object[].class))
                .setParameter("roadmap", roadmapId).setParameter("risk", RiskKind.RISK)
                .setParameter("open", RiskStatus.OPEN)
                .getResultList()
                .forEach(row -> risks.put((Long) row[0], (Integer) row[1]));
        return risks;
    }

    /** Measures waiting for a predecessor the reader may see; a hidden predecessor must not show through. */
    private Set<Long> blocked(Long[] ids, Map<Long, MeasureStatus> visible) {
        Set<Long> blocked = new HashSet<>();
        rows("select d.measure_id, d.predecessor_id, d.kind, d.required_status from measure_dependency d where d.measure_id = any(:ids)", ids)
                .forEach(row -> {
                    long measure = id(row[0]);
                    MeasureStatus predecessor = visible.get(id(row[1]));
                    boolean waiting = predecessor != null && visible.containsKey(measure) && !FINISHED.contains(visible.get(measure))
                            && !Dependency.isSatisfied(DependencyKind.valueOf((String) row[2]), row[3] == null ? null : MeasureStatus.valueOf((String) row[3]), predecessor);
                    if (waiting) {
                        blocked.add(measure);
                    }
                });
        return blocked;
    }

    /**
     * Rows of a native statement over the cards' measures ({@code :ids}). Bound as one array, they probe the child
     * table's measure index; a join with {@code measure} instead hashed the whole child table, and a sub-select of the
     * roadmap's ids read the measures again in each statement.
     */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Long[] ids) {
        return em.createNativeQuery(sql).setParameter("ids", ids).getResultList();
    }

    private static long id(Object column) {
        return ((Number) column).longValue();
    }

    /** What a board depends on besides the roadmap's revision. */
    private record Built(long roadmapId, MeasureAccess.BoardReader reader, LocalDate day) {
    }

    private record PillarInOrder(PillarRef ref, int position) {
    }

    private record InPillarOrder(Object[] row, int pillarOrder) {
    }

    /** Whether the reader may move a card depends only on these two, so it is worked out once per pair. */
    private record Editability(Visibility visibility, WorkingGroupRef group) {
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
