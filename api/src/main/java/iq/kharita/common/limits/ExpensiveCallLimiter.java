package iq.kharita.common.limits;

import iq.kharita.common.problem.ProblemException;
import iq.kharita.common.problem.ProblemType;
import iq.kharita.common.security.Caller;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Bounds how often one caller may ask for the computed views (roll-ups, sequence, funding, heat map, workspace,
 * as-of reads): a token bucket per caller, refilled at kharita.limits.expensive-per-second with a burst of
 * kharita.limits.expensive-burst. Over the limit: 429 problem+json with Retry-After. The board and the progress summary
 * are kept until their roadmap changes (KeptAnswers): only building one counts, so a screen that asks again and again
 * for an unchanged board is never refused. Ordinary reads and writes are not limited here. One bucket per API
 * instance: behind several instances the bound is per instance.
 */
@Singleton
public class ExpensiveCallLimiter {

    /** Path prefixes of the computed views counted at each request. */
    private static final List<String> COUNTED_PER_REQUEST = List.of("/api/v1/sequence", "/api/v1/funding", "/api/v1/risks/heat-map", "/api/v1/workspaces/");

    /** Path prefixes of the computed views, including those counted only when built; the contract declares their 429 from this list. */
    public static final List<String> EXPENSIVE = Stream.concat(Stream.of("/api/v1/board", "/api/v1/progress"), COUNTED_PER_REQUEST.stream()).toList();

    @ConfigProperty(name = "kharita.limits.expensive-per-second", defaultValue = "5")
    double perSecond;

    @ConfigProperty(name = "kharita.limits.expensive-burst", defaultValue = "20")
    int burst;

    @Inject
    Caller caller;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void limit(ContainerRequestContext request) {
        boolean expensive = COUNTED_PER_REQUEST.stream().anyMatch(request.getUriInfo().getPath()::startsWith)
                || request.getUriInfo().getQueryParameters().containsKey("asOf");
        if (expensive) {
            charge();
        }
    }

    /**
     * Counts one computed view against the caller: each request for those the filter names, each build of a kept answer
     * (KeptAnswers). Over the limit: 429 problem+json with Retry-After (ProblemMappers).
     */
    public void charge() {
        if (!buckets.computeIfAbsent(caller.name(), name -> new Bucket(burst)).take(perSecond, burst)) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "Too many requests for computed views; wait a second and try again");
        }
    }

    /** Tokens refill continuously; a request takes one. */
    private static final class Bucket {
        private double tokens;
        private long refilledAt = System.nanoTime();

        Bucket(int burst) {
            tokens = burst;
        }

        synchronized boolean take(double perSecond, int burst) {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * perSecond);
            refilledAt = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }
    }

}
