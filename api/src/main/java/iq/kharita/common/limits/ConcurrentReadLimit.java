package iq.kharita.common.limits;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import iq.kharita.common.problem.ProblemType;
import iq.kharita.common.problem.RouteProblem;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Serves at most kharita.limits.concurrent-reads API reads at a time (0, the default: twice the processors); the
 * others wait, in the order they came, without holding a thread. On two shared cores the board of a 500-measure
 * roadmap answered 330 requests/s to 4 clients and 237 to 16: reads beyond what the cores can execute only add heap
 * (each holds its cards until written) and switching. At most kharita.limits.waiting-reads wait (0, the default: a
 * hundred per permit); a read beyond that is refused at once with 503 and Retry-After, so a flood of reads neither
 * fills the heap nor makes every client wait ever longer. Writes are never held back behind reads, and the live change
 * stream, which stays open, is not counted.
 */
@Singleton
public class ConcurrentReadLimit {

    private static final String STREAM = "/api/v1/changes";

    private final int permits;
    private final int maxWaiting;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    // the queue's own size() walks it
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicInteger peak = new AtomicInteger();
    private final AtomicLong waited = new AtomicLong();

    @Inject
    ConcurrentReadLimit(@ConfigProperty(name = "kharita.limits.concurrent-reads", defaultValue = "0") int configured,
            @ConfigProperty(name = "kharita.limits.waiting-reads", defaultValue = "0") int configuredWaiting) {
        permits = configured > 0 ? configured : 2 * Runtime.getRuntime().availableProcessors();
        maxWaiting = configuredWaiting > 0 ? configuredWaiting : 100 * permits;
    }

    void install(@Observes Router router) {
        router.route().order(-90).handler(this::admit);
    }

    private void admit(RoutingContext routing) {
        if (!counted(routing)) {
            routing.next();
            return;
        }
        if (queued.incrementAndGet() > maxWaiting) {
            queued.decrementAndGet();
            refused.incrementAndGet();
            RouteProblem.end(routing, ProblemType.SERVICE_UNAVAILABLE, "The API is answering as many reads as it can hold; try again in a moment",
                    "Retry-After", "1");
            return;
        }
        Waiting entry = new Waiting(routing, Vertx.currentContext());
        waiting.add(entry);
        if (!drain(entry)) {
            waited.incrementAndGet();
        }
    }

    private static boolean counted(RoutingContext routing) {
        HttpMethod method = routing.request().method();
        String path = routing.normalizedPath();
        return (method == HttpMethod.GET || method == HttpMethod.HEAD) && path.startsWith("/api/") && !path.startsWith(STREAM);
    }

    /**
     * Starts waiting reads while permits are free. A permit is taken before a read is taken off the queue, so the count
     * never passes the limit. Says whether {@code arrived} was started here. Only counts and the queue are touched
     * here, never another request's response: this runs on whichever thread ended a read, and reading the state of a
     * response on another HTTP/2 connection takes that connection's lock, so two event loops each ending a read could
     * wait for each other's lock for ever (a test run once hung so).
     */
    private boolean drain(Waiting arrived) {
        boolean startedArrived = false;
        while (!waiting.isEmpty()) {
            int now = inFlight.get();
            if (now >= permits) {
                return startedArrived;
            }
            if (!inFlight.compareAndSet(now, now + 1)) {
                continue;
            }
            Waiting next = waiting.poll();
            if (next == null) {
                inFlight.decrementAndGet();
                continue;
            }
            queued.decrementAndGet();
            peak.accumulateAndGet(now + 1, Math::max);
            startedArrived |= next == arrived;
            if (Vertx.currentContext() == next.context) {
                proceed(next);
            } else {
                next.context.runOnContext(ignored -> proceed(next));
            }
        }
        return startedArrived;
    }

    /** On the read's own event loop: a read whose client has gone gives its permit back at once, the others go on. */
    private void proceed(Waiting read) {
        AtomicBoolean released = new AtomicBoolean();
        Runnable release = () -> {
            if (released.compareAndSet(false, true)) {
                inFlight.decrementAndGet();
                drain(null);
            }
        };
        if (read.routing.response().closed()) {
            release.run();
            return;
        }
        read.routing.addEndHandler(ended -> release.run());
        read.routing.next();
    }

    /** The most reads served at once since the last {@link #resetCounts()}; for tests and diagnosis. */
    public int peak() {
        return peak.get();
    }

    /** Reads that had to wait for a permit since the last {@link #resetCounts()}. */
    public long waited() {
        return waited.get();
    }

    /** Reads refused because kharita.limits.waiting-reads were already waiting, since the last {@link #resetCounts()}. */
    public long refused() {
        return refused.get();
    }

    public int permits() {
        return permits;
    }

    public void resetCounts() {
        peak.set(0);
        waited.set(0);
        refused.set(0);
    }

    private record Waiting(RoutingContext routing, Context context) {
    }
}
