package iq.kharita.common;

import iq.kharita.common.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parses enum query parameters with a clear 400, instead of the 404 that JAX-RS gives a failed parameter conversion.
 */
public final class Enums {

    private Enums() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(parameter, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** Accepts the parameter repeated (?status=A&status=B) or comma-separated (?status=A,B). */
    public static <E extends Enum<E>> List<E> parseAll(Class<E> type, List<String> values, String parameter) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .filter(v -> !v.isBlank())
                .map(v -> parse(type, v, parameter))
                .distinct()
                .toList();
    }
}
