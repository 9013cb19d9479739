package iq.kharita.common.problem;

import jakarta.ws.rs.core.Response.Status;

import java.net.URI;

/** The kinds of problem the API reports; each has a stable type URI that clients may switch on. */
public enum ProblemType {
    VALIDATION(Status.BAD_REQUEST, "validation", "Invalid request"),
    MALFORMED(Status.BAD_REQUEST, "malformed-request", "Malformed request"),
    UNAUTHORIZED(Status.UNAUTHORIZED, "unauthorized", "Authentication required"),
    FORBIDDEN(Status.FORBIDDEN, "forbidden", "Not allowed"),
    NOT_FOUND(Status.NOT_FOUND, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(Status.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(Status.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),
    CONFLICT(Status.CONFLICT, "conflict", "Conflict"),
    PRECONDITION_FAILED(Status.PRECONDITION_FAILED, "stale-version", "The resource was changed by someone else"),
    PAYLOAD_TOO_LARGE(Status.REQUEST_ENTITY_TOO_LARGE, "payload-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(Status.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    PRECONDITION_REQUIRED(428, "if-match-required", "If-Match header required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Too many requests"),
    SERVICE_UNAVAILABLE(Status.SERVICE_UNAVAILABLE, "service-unavailable", "Service temporarily unavailable"),
    INTERNAL(Status.INTERNAL_SERVER_ERROR, "internal", "Internal error");

    private static final String BASE = "https://kharita.iq/problems/";

    private final int status;
    private final URI type;
    private final String title;

    ProblemType(Status status, String slug, String title) {
        this(status.getStatusCode(), slug, title);
    }

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.type = URI.create(BASE + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return type;
    }

    public String title() {
        return title;
    }

    public static ProblemType forStatus(int status) {
        for (ProblemType candidate : values()) {
            if (candidate.status == status && candidate != MALFORMED) {
                return candidate;
            }
        }
        return status >= 500 ? INTERNAL : MALFORMED;
    }
}
