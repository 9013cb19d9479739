package iq.kharita.common;

import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.problem.Violation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.Predicate;

/** Turns a list of ids sent by a client into items, naming each id that is unknown or out of place (field[i]). */
public final class References {

    private References() {
    }

    /**
     * @param what    how to name what an id should point at, e.g. "measure of this roadmap"
     * @param belongs whether a found item may be referenced here (same roadmap...)
     */
    public static <T> Set<T> resolve(List<Long> ids, String field, String what, LongFunction<T> finder, Predicate<T> belongs) {
        Set<T> items = new LinkedHashSet<>();
        if (ids == null) {
            return items;
        }
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            T item = finder.apply(ids.get(i));
            if (item == null || !belongs.test(item)) {
                violations.add(new Violation(field + "[" + i + "]", "no " + what + " has id " + ids.get(i)));
            } else {
                items.add(item);
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return items;
    }
}
