package iq.kharita.common;

import iq.kharita.common.problem.ProblemException;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a public sort key ("dueDate", "-progress") into a JPQL order by clause from a whitelist,
 * always ending with the id so that pages never skip or repeat a row.
 */
public final class Sorting {

    private Sorting() {
    }

    public static String orderBy(String sort, Map<String, String> allowed, String alias) {
        String key = sort == null || sort.isBlank() ? null : sort.strip();
        if (key == null) {
            return " order by " + alias + ".id";
        }
        boolean descending = key.startsWith("-");
        String name = descending ? key.substring(1) : key;
        String column = allowed.get(name);
        if (column == null) {
            throw ProblemException.invalid("sort", "must be one of " + allowed.keySet().stream().sorted()
                    .collect(Collectors.joining(", ")) + ", optionally prefixed with - for descending");
        }
        String direction = descending ? " desc" : " asc";
        return " order by " + column + direction + " nulls last, " + alias + ".id" + direction;
    }
}
