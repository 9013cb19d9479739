package iq.kharita.stakeholder;

import io.quarkus.hibernate.orm.panache.Panache;

import java.util.ArrayList;
import java.util.List;

/** What still points at an institution, so that deleting it is refused with a reason instead of orphaning data. */
final class StakeholderUsage {

    private StakeholderUsage() {
    }

    static String describe(long id) {
        Object[] counts = (Object[]) Panache.getEntityManager().createNativeQuery("""
                        select (select count(*) from stakeholder where parent_id = :id),
                               (select count(*) from measure_responsibility where stakeholder_id = :id),
                               (select count(*) from working_group where lead_stakeholder_id = :id),
                               (select count(*) from working_group_member where stakeholder_id = :id),
                               (select count(*) from roadmap where owner_stakeholder_id = :id)""")
                .setParameter("id", id)
                .getSingleResult();
        String[] labels = {"the parent of %d institution(s)", "responsible for %d measure(s)", "the lead of %d working group(s)",
                "a member of %d working group(s)", "the owner of %d roadmap(s)"};
        List<String> uses = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) {
            long count = ((Number) counts[i]).longValue();
            if (count > 0) {
                uses.add(labels[i].formatted(count));
            }
        }
        return uses.isEmpty() ? null : String.join(", ", uses);
    }
}
