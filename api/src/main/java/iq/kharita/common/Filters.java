package iq.kharita.common;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the where clause of a list query from the filters a caller sent, then runs the page and its count:
 * two statements whatever the page size. Values are always bound as parameters, never concatenated.
 */
public final class Filters {

    private static final int MAX_WORDS = 8;

    private final StringBuilder where = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    public Filters when(boolean condition, String clause) {
        if (condition) {
            where.append(where.isEmpty() ? " where " : " and ").append(clause);
        }
        return this;
    }

    public Filters equal(String path, String name, Object value) {
        return matching(path + " = :" + name, name, value);
    }

    /** Adds the clause, which uses :name, only when the caller sent a value. */
    public Filters matching(String clause, String name, Object value) {
        return value == null ? this : add(clause, name, value);
    }

    public Filters in(String path, String name, Collection<?> values) {
        if (values == null || values.isEmpty()) {
            return this;
        }
        ListParameter list = new ListParameter(name, values);
        list.bindTo(parameters);
        return when(true, path + " in " + list.placeholders());
    }

    /**
     * Matches the folded search column (see kharita_fold in V1): every word typed must appear, in any order,
     * so "جهاز الامن" finds "جهاز الأمن الوطني" and "clearance NSS" finds a measure naming both.
     */
    public Filters text(String searchColumn, String name, String typed) {
        if (typed == null || typed.isBlank()) {
            return this;
        }
        String[] words = typed.strip().split("\\s+");
        for (int i = 0; i < Math.min(words.length, MAX_WORDS); i++) {
            String escaped = words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            String parameter = name + i;
            add(searchColumn + " like concat('%', function('kharita_fold', :" + parameter + "), '%') escape '\\'", parameter, escaped);
        }
        return this;
    }

    public Filters add(String clause, String name, Object value) {
        when(true, clause);
        parameters.put(name, value);
        return this;
    }

    /**
     * Only items at a visibility level the caller may read. An empty list must never drop the filter (as {@link #in}
     * would): someone who may read nothing sees nothing.
     */
    public Filters readableBy(String visibilityPath, List<Visibility> readable) {
        return when(readable.isEmpty(), "1 = 0").in(visibilityPath, "readable", readable);
    }

    /** Binds a parameter used by a clause added with another one. */
    public Filters bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public String where() {
        return where.toString();
    }

    public <T> Page<T> page(Class<T> type, String selectFrom, String countFrom, String orderBy, PageRequest request) {
        EntityManager em = Panache.getEntityManager();
        TypedQuery<T> query = em.createQuery(selectFrom + where + orderBy, type);
        TypedQuery<Long> count = em.createQuery(countFrom + where, Long.class);
        parameters.forEach((name, value) -> {
            query.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<T> items = query.setFirstResult(request.offset()).setMaxResults(request.size).getResultList();
        long total = items.size() < request.size && (request.page == 0 || !items.isEmpty())
                ? (long) request.offset() + items.size()
                : count.getSingleResult();
        return new Page<>(items, request.page, request.size, total);
    }
}
