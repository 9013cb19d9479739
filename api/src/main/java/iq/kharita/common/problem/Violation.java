package iq.kharita.common.problem;

/** One invalid field of a request: its path in the body (title.ar) or the query parameter name. */
public record Violation(String field, String message) {
}
