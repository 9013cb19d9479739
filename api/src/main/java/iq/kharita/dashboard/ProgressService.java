package iq.kharita.dashboard;

import iq.kharita.common.ListParameter;
import iq.kharita.common.Visibility;
import iq.kharita.common.security.Caller;
import iq.kharita.measure.MeasureStatus;
import iq.kharita.pillar.Pillar;
import iq.kharita.roadmap.KeptAnswer;
import iq.kharita.roadmap.KeptAnswers;
import iq.kharita.roadmap.RevisionCache;
import iq.kharita.roadmap.RoadmapRevision;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Roll-up: a pillar's progress is the mean of its measures', the roadmap's the mean of all its measures' (each
 * measure counts once, whatever its pillar). Cancelled measures count in the status distribution but not in
 * progress. Hidden measures count nowhere. Three statements whatever the size of the roadmap, and one while the
 * roadmap's revision is unchanged: a summary once built is served again to readers who see the same measures.
 */
@ApplicationScoped
public class ProgressService {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    RoadmapRevision revisions;

    @Inject
    KeptAnswers answers;

    private RevisionCache<Built, KeptAnswer> built;

    @PostConstruct
    void keep() {
        built = answers.cache();
    }

    /** The summary as the JSON it is sent as (ProgressRepresentation). */
    public KeptAnswer progress(long roadmapId) {
        long revision = revisions.current(roadmapId);
        return answers.kept(built, new Built(roadmapId, Set.copyOf(caller.visibleLevels())), revision, () -> build(roadmapId));
    }

    private ProgressRepresentation build(long roadmapId) {
        ListParameter readable = new ListParameter("readable", caller.visibleLevels());
        List<Object[]> rows = readable.bindTo(em.createQuery("""
                        select m.pillar.id, m.status, count(m), sum(m.progress) from Measure m
                        where m.roadmap.id = :roadmap and m.visibility in %s
                        group by m.pillar.id, m.status""".formatted(readable.placeholders()), Object[].class))
                .setParameter("roadmap", roadmapId)
                .getResultList();
        Tally total = new Tally();
        Map<Long, Tally> byPillar = new java.util.HashMap<>();
        for (Object[] row : rows) {
            MeasureStatus status = (MeasureStatus) row[1];
            long count = (Long) row[2];
            long progress = ((Number) row[3]).longValue();
            total.add(status, count, progress);
            byPillar.computeIfAbsent((Long) row[0], id -> new Tally()).add(status, count, progress);
        }
        List<ProgressRepresentation.PillarProgress> pillars = Pillar.refsByRoadmap(roadmapId).stream()
                .map(p -> {
                    Tally tally = byPillar.getOrDefault(p.id(), new Tally());
                    return new ProgressRepresentation.PillarProgress(p, tally.measures, tally.progress(), tally.byStatus);
                }).toList();
        return new ProgressRepresentation(roadmapId, total.measures, total.progress(), total.byStatus, pillars);
    }

    private record Built(long roadmapId, Set<Visibility> readable) {
    }

    private static final class Tally {
        final Map<MeasureStatus, Long> byStatus = new EnumMap<>(MeasureStatus.class);
        long measures;
        long counted;
        long progressSum;

        Tally() {
            for (MeasureStatus status : MeasureStatus.values()) {
                byStatus.put(status, 0L);
            }
        }

        void add(MeasureStatus status, long count, long progress) {
            byStatus.merge(status, count, Long::sum);
            measures += count;
            if (status != MeasureStatus.CANCELLED) {
                counted += count;
                progressSum += progress;
            }
        }

        int progress() {
            return counted == 0 ? 0 : (int) Math.round((double) progressSum / counted);
        }
    }
}
