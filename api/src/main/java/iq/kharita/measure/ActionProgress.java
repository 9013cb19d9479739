package iq.kharita.measure;

import io.quarkus.hibernate.orm.panache.Panache;

/** Progress derived from actions: done ÷ not cancelled, as a whole percentage; 0 when there is no action. */
public final class ActionProgress {

    private ActionProgress() {
    }

    public static int of(Measure measure) {
        Object[] counts = (Object[]) Panache.getEntityManager().createNativeQuery("""
                        select count(*) filter (where status = 'DONE'), count(*) filter (where status <> 'CANCELLED')
                        from action where measure_id = :id""")
                .setParameter("id", measure.id)
                .getSingleResult();
        long done = ((Number) counts[0]).longValue();
        long counted = ((Number) counts[1]).longValue();
        return counted == 0 ? 0 : (int) Math.round(100.0 * done / counted);
    }
}
