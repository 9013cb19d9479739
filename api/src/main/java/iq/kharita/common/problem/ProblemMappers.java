package iq.kharita.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.sql.SQLTransientConnectionException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns every failure into RFC 9457 problem+json. Client mistakes get a 4xx with the field that caused them;
 * anything unexpected is logged here and answered with a 500 that reveals nothing of the implementation.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri, HttpHeaders headers) {
        return respond(e.type(), e.getMessage(), e.violationsIn(Phrase.languageOf(headers)), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
                .toList();
        return respond(ProblemType.VALIDATION, ProblemException.invalid(violations).getMessage(), violations, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return respondToJson(e, uri);
    }

    /** Declared on its own so that it wins over Quarkus' built-in mapper for this type, which is not problem+json. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return respondToJson(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Optional<ProblemException> problem = causeOf(e, ProblemException.class);
        if (problem.isPresent()) {
            return problem(problem.get(), uri, headers);
        }
        Optional<JsonProcessingException> json = causeOf(e, JsonProcessingException.class);
        if (json.isPresent()) {
            return respondToJson(json.get(), uri);
        }
        int status = e.getResponse().getStatus();
        ProblemType type = ProblemType.forStatus(status);
        String detail = status == 404 ? "No resource at this address" : type.title();
        return respond(type, status, detail, List.of(), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        Optional<ProblemException> problem = causeOf(e, ProblemException.class);
        if (problem.isPresent()) {
            return problem(problem.get(), uri, headers);
        }
        if (causeOf(e, OptimisticLockException.class).isPresent() || causeOf(e, StaleStateException.class).isPresent()) {
            return respond(ProblemType.PRECONDITION_FAILED,
                    "Someone else changed this resource at the same time; read it again and reapply your change", List.of(), uri);
        }
        Optional<org.hibernate.exception.ConstraintViolationException> constraint =
                causeOf(e, org.hibernate.exception.ConstraintViolationException.class);
        if (constraint.isPresent()) {
            return respond(ProblemType.CONFLICT, conflictDetail(constraint.get()), List.of(), uri);
        }
        if (refusedAsData(e)) {
            return respond(ProblemType.VALIDATION, "A value contains characters or a size that cannot be stored (for example a NUL character)",
                    List.of(), uri);
        }
        if (databaseUnreachable(e)) {
            LOG.warn("Database unavailable: " + e.getMessage());
            return respond(ProblemType.SERVICE_UNAVAILABLE, "The database is not reachable; try again in a few seconds", List.of(), uri);
        }
        LOG.error("Unexpected failure on " + uri.getPath(), e);
        return respond(ProblemType.INTERNAL, "An unexpected error occurred; it has been logged", List.of(), uri);
    }

    /** SQLState class 22: the database refused a value itself (a NUL byte, a number out of its range). */
    private static boolean refusedAsData(Throwable e) {
        for (Throwable current = e; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (current instanceof java.sql.SQLException sql && String.valueOf(sql.getSQLState()).startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database is down, restarting or refusing connections: SQLState class 08 (connection), 57P01-57P03
     * (shut down, crashed, starting), or the pool giving up waiting for a connection. A 503, never a 500.
     */
    private static boolean databaseUnreachable(Throwable e) {
        if (causeOf(e, JDBCConnectionException.class).isPresent() || causeOf(e, SQLTransientConnectionException.class).isPresent()
                || causeOf(e, java.sql.SQLNonTransientConnectionException.class).isPresent()) {
            return true;
        }
        for (Throwable current = e; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (current instanceof java.sql.SQLException sql) {
                String state = String.valueOf(sql.getSQLState());
                String message = String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT);
                if (state.startsWith("08") || state.startsWith("57P0") || message.contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String conflictDetail(org.hibernate.exception.ConstraintViolationException e) {
        return switch (String.valueOf(e.getSQLState())) {
            case "23505" -> "An item with the same unique value already exists";
            case "23503" -> "The change would leave other data pointing at something that does not exist";
            default -> "The change conflicts with existing data";
        };
    }

    private static Response respondToJson(JsonProcessingException e, UriInfo uri) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            String detail = e instanceof MismatchedInputException ? "The request body is missing or is not the expected JSON object"
                    : "The request body is not valid JSON";
            return respond(ProblemType.MALFORMED, detail, List.of(), uri);
        }
        String field = pathOf(mapping);
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "unknown field";
        } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
            message = "must be one of " + Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", "));
        } else if (e instanceof InvalidTypeIdException || e instanceof MismatchedInputException) {
            Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
            message = target == null ? "has the wrong type" : "must be " + describe(target);
        } else {
            message = "is invalid";
        }
        return respond(ProblemType.VALIDATION, "1 field is invalid", List.of(new Violation(field, message)), uri);
    }

    private static String describe(Class<?> target) {
        if (target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == String.class) {
            return "a string";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(target)) {
            return "a date (YYYY-MM-DD)";
        }
        if (java.util.Collection.class.isAssignableFrom(target) || target.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** "create.request.title.ar" becomes "title.ar"; a query parameter keeps its own name. */
    static String fieldOf(ConstraintViolation<?> violation) {
        String full = violation.getPropertyPath().toString();
        int skip = 0;
        StringBuilder prefix = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD || node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                prefix.append(node.getName()).append('.');
                skip++;
            } else {
                break;
            }
        }
        if (skip == 0) {
            return full;
        }
        if (full.length() <= prefix.length()) {
            String[] parts = full.split("\\.");
            return parts[parts.length - 1];
        }
        return full.substring(prefix.length());
    }

    private static <T extends Throwable> Optional<T> causeOf(Throwable e, Class<T> type) {
        for (Throwable current = e; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
        }
        return Optional.empty();
    }

    private static Response respond(ProblemType type, String detail, List<Violation> violations, UriInfo uri) {
        return respond(type, type.status(), detail, violations, uri);
    }

    private static Response respond(ProblemType type, int status, String detail, List<Violation> violations, UriInfo uri) {
        Problem body = new Problem(type.uri(), type.title(), status, detail, uri == null ? null : uri.getPath(), violations);
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
        // a caller over its share of computed views may try again in a second (ExpensiveCallLimiter)
        if (type == ProblemType.TOO_MANY_REQUESTS) {
            response.header("Retry-After", "1");
        }
        return response.build();
    }
}
