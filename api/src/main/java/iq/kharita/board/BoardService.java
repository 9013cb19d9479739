package iq.kharita.board;

import iq.kharita.location.Location;
import iq.kharita.location.LocationLevel;
import iq.kharita.location.LocationRef;
import iq.kharita.measure.Measure;
import iq.kharita.measure.MeasureAccess;
import iq.kharita.measure.MeasureStatus;
import iq.kharita.measure.ResponsibilityRole;
import iq.kharita.pillar.PillarRef;
import iq.kharita.risk.RiskKind;
import iq.kharita.risk.RiskStatus;
import iq.kharita.roadmap.RoadmapService;
import iq.kharita.sequence.Dependency;
import iq.kharita.stakeholder.Stakeholder;
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
 * The board is read by every workshop screen and refreshed on each live change, so it is built from five
 * statements whatever the size of the roadmap: measures, leads, places, risks and dependencies, each for the
 * whole roadmap at once, never per card.
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

    public BoardRepresentation board(long roadmapId) {
        roadmaps.require(roadmapId);
        List<?> readable = access.readableLevels();
        List<Measure> measures = em.createQuery("""
                        select m from Measure m join fetch m.pillar p left join fetch m.workingGroup
                        where m.roadmap.id = :roadmap and m.visibility in :readable
                        order by p.sortOrder, lower(m.code)""", Measure.class)
                .setParameter("roadmap", roadmapId).setParameter("readable", readable).getResultList();
        Set<Long> visible = new HashSet<>();
        measures.forEach(m -> visible.add(m.id));
        Map<Long, StakeholderRef> leads = leads(roadmapId);
        Map<Long, Places> places = places(roadmapId);
        Map<Long, Integer> risks = risks(roadmapId, readable);
        Set<Long> blocked = blocked(roadmapId, visible);
        LocalDate today = LocalDate.now();
        List<BoardRepresentation.Card> cards = measures.stream().map(m -> {
            Places where = places.getOrDefault(m.id, new Places());
            return new BoardRepresentation.Card(m.id, m.code, m.title, m.status, m.progress, m.dueDate,
                    m.dueDate != null && m.dueDate.isBefore(today) && !FINISHED.contains(m.status),
                    blocked.contains(m.id), risks.get(m.id), PillarRef.of(m.pillar),
                    m.workingGroup == null ? null : WorkingGroupRef.of(m.workingGroup), leads.get(m.id),
                    List.copyOf(where.governorates.values()), where.own, access.mayChangeStatus(m), m.version);
        }).toList();
        return new BoardRepresentation(roadmapId, cards);
    }

    private Map<Long, StakeholderRef> leads(long roadmapId) {
        Map<Long, StakeholderRef> leads = new HashMap<>();
        em.createQuery("""
                        select r.measure.id, s from MeasureResponsibility r join r.stakeholder s
                        where r.role = :lead and r.measure.roadmap.id = :roadmap""", Object[].class)
                .setParameter("lead", ResponsibilityRole.LEAD).setParameter("roadmap", roadmapId)
                .getResultList()
                .forEach(row -> leads.put((Long) row[0], StakeholderRef.of((Stakeholder) row[1])));
        return leads;
    }

    /** A measure's places with the places above them (up to a site in a sub-district) in one statement. */
    private Map<Long, Places> places(long roadmapId) {
        Map<Long, Places> places = new HashMap<>();
        em.createQuery("""
                        select m.id, l, p, g, gg from Measure m join m.locations l left join l.parent p
                        left join p.parent g left join g.parent gg
                        where m.roadmap.id = :roadmap order by l.id""", Object[].class)
                .setParameter("roadmap", roadmapId)
                .getResultList()
                .forEach(row -> {
                    Places where = places.computeIfAbsent((Long) row[0], id -> new Places());
                    where.own.add(LocationRef.of((Location) row[1]));
                    for (int i = 1; i < row.length; i++) {
                        if (row[i] instanceof Location place && place.level == LocationLevel.GOVERNORATE) {
                            where.governorates.putIfAbsent(place.id, LocationRef.of(place));
                        }
                    }
                });
        return places;
    }

    private Map<Long, Integer> risks(long roadmapId, List<?> readable) {
        Map<Long, Integer> risks = new HashMap<>();
        em.createQuery("""
                        select m.id, max(r.score) from Risk r join r.measures m
                        where r.roadmap.id = :roadmap and r.kind = :risk and r.status = :open and r.visibility in :readable
                        group by m.id""", Object[].class)
                .setParameter("roadmap", roadmapId).setParameter("risk", RiskKind.RISK)
                .setParameter("open", RiskStatus.OPEN).setParameter("readable", readable)
                .getResultList()
                .forEach(row -> risks.put((Long) row[0], (Integer) row[1]));
        return risks;
    }

    /** Measures waiting for a predecessor the reader may see; a hidden predecessor must not show through. */
    private static Set<Long> blocked(long roadmapId, Set<Long> visible) {
        Set<Long> blocked = new HashSet<>();
        for (Dependency dependency : Dependency.ofRoadmap(roadmapId)) {
            if (visible.contains(dependency.predecessor.id) && !dependency.isSatisfied()
                    && !FINISHED.contains(dependency.measure.status)) {
                blocked.add(dependency.measure.id);
            }
        }
        return blocked;
    }

    private static final class Places {
        final List<LocationRef> own = new ArrayList<>();
        final Map<Long, LocationRef> governorates = new LinkedHashMap<>();
    }
}
