package iq.kharita.common.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import iq.kharita.common.problem.Problem;
import iq.kharita.common.problem.ProblemType;
import iq.kharita.common.problem.Violation;
import iq.kharita.common.security.Caller;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Idempotency-Key on POST: the key is claimed (per caller) before the request runs, and the answer stored after it
 * succeeds. A retry with the same key gets the stored answer, marked Idempotent-Replayed; a retry while the first
 * is still running gets 409; a failed first attempt frees the key so that a corrected retry can run.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    static final Duration KEPT = Duration.ofHours(24);
    /** A first attempt that never finished (the process died) stops holding its key after this. */
    static final Duration ABANDONED = Duration.ofMinutes(2);

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");
    private static final String CLAIMED = "kharita.idempotency.claimed";

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @ServerRequestFilter
    public Optional<Response> claim(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || !request.getUriInfo().getPath().startsWith("/api/")) {
            return Optional.empty();
        }
        if (!KEY.matcher(key).matches()) {
            return Optional.of(problem(ProblemType.VALIDATION, "1 field is invalid", List.of(new Violation(HEADER, "8 to 100 letters, digits, - or _"))));
        }
        IdempotencyRecord.Id id = new IdempotencyRecord.Id(caller.name(), key);
        String path = request.getUriInfo().getPath();
        IdempotencyRecord existing;
        try {
            existing = QuarkusTransaction.requiringNew().call(() -> claimOrFind(id, path));
        } catch (RuntimeException raced) {
            // another request claimed the same key at the same moment: the unique key refused this one
            return Optional.of(problem(ProblemType.CONFLICT, "The first request with this Idempotency-Key is still running; retry in a moment", List.of()));
        }
        if (existing == null) {
            request.setProperty(CLAIMED, id);
            return Optional.empty();
        }
        if (!existing.path.equals(path)) {
            return Optional.of(problem(ProblemType.CONFLICT, "This Idempotency-Key was used for another request (" + existing.path + ")", List.of()));
        }
        if (existing.status == null) {
            return Optional.of(problem(ProblemType.CONFLICT, "The first request with this Idempotency-Key is still running; retry in a moment", List.of()));
        }
        Response.ResponseBuilder replay = Response.status(existing.status).header("Idempotent-Replayed", "true");
        if (existing.body != null) {
            replay.entity(existing.body).type(MediaType.APPLICATION_JSON);
        }
        if (existing.location != null) {
            replay.header(HttpHeaders.LOCATION, existing.location);
        }
        if (existing.etag != null) {
            replay.header(HttpHeaders.ETAG, existing.etag);
        }
        return Optional.of(replay.build());
    }

    @ServerResponseFilter
    public void remember(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIMED) instanceof IdempotencyRecord.Id id)) {
            return;
        }
        boolean succeeded = response.getStatus() >= 200 && response.getStatus() < 300;
        String body = succeeded ? serialise(response.getEntity()) : null;
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotencyRecord record = IdempotencyRecord.findById(id);
            if (record == null) {
                return;
            }
            if (!succeeded) {
                record.delete();
                return;
            }
            record.status = response.getStatus();
            record.body = body;
            record.location = response.getHeaderString(HttpHeaders.LOCATION);
            record.etag = response.getHeaderString(HttpHeaders.ETAG);
        });
    }

    /** Claims the key, or returns the record that already holds it. Old and abandoned records are cleared first. */
    private static IdempotencyRecord claimOrFind(IdempotencyRecord.Id id, String path) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        IdempotencyRecord.delete("createdAt < ?1 or (status is null and createdAt < ?2)", now.minus(KEPT), now.minus(ABANDONED));
        IdempotencyRecord existing = IdempotencyRecord.findById(id);
        if (existing != null) {
            return existing;
        }
        IdempotencyRecord record = new IdempotencyRecord();
        record.id = id;
        record.method = "POST";
        record.path = path;
        record.createdAt = now;
        record.persistAndFlush();
        return null;
    }

    private String serialise(Object entity) {
        if (entity == null) {
            return null;
        }
        try {
            return entity instanceof String text ? text : json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A created item could not be kept for replay", e);
        }
    }

    private static Response problem(ProblemType type, String detail, List<Violation> violations) {
        return Response.status(type.status()).type(Problem.MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), type.status(), detail, null, violations)).build();
    }
}
