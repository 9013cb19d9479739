package iq.kharita.common;

import iq.kharita.common.problem.ProblemException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parses query parameters strictly with a clear 400 naming the parameter, instead of the 404 that JAX-RS gives a
 * failed conversion, or the silent false that Boolean.valueOf gives a typo.
 */
public final class QueryParams {

    private QueryParams() {
    }

    public static Boolean flag(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalid(parameter, "must be true or false");
        };
    }

    public static java.time.Instant instant(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.Instant.parse(value.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(parameter, "must be an ISO-8601 instant such as 2026-11-20T00:00:00Z");
        }
    }

    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String parameter) {
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
    public static <E extends Enum<E>> List<E> anyOf(Class<E> type, List<String> values, String parameter) {
        if (values == null) {
            return List.of();
        }
        return values.stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .filter(v -> !v.isBlank())
                .map(v -> oneOf(type, v, parameter))
                .distinct()
                .toList();
    }
}
