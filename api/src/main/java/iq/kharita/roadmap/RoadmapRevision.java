package iq.kharita.roadmap;

import iq.kharita.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;

/**
 * A roadmap's revision: it rises at the commit of every change to what its board and progress summary show, whoever
 * writes it (the triggers of V12__roadmap_revision.sql).
 */
@ApplicationScoped
public class RoadmapRevision {

    @Inject
    EntityManager em;

    /** The revision of an existing roadmap, read in the statement that checks it exists; 404 for any other id. */
    public long current(long roadmapId) {
        List<?> rows = em.createNativeQuery("""
                        select coalesce(v.revision, 0) from roadmap r left join roadmap_revision v on v.roadmap_id = r.id
                        where r.id = :roadmap""")
                .setParameter("roadmap", roadmapId).getResultList();
        if (rows.isEmpty()) {
            throw ProblemException.notFound("Roadmap", roadmapId);
        }
        return ((Number) rows.get(0)).longValue();
    }
}
