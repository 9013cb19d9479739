package iq.kharita.common.problem;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than quarkus.http.limits.max-body-size is refused before it is read, with a problem+json
 * 413 like every other error (the server's own answer to an oversize body has no body at all).
 */
public class BodyLimit {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void install(@Observes Router router) {
        long max = limit.asLongValue();
        router.route().order(-100).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19 && Long.parseLong(length) > max) {
                RouteProblem.end(context, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + max / 1024 + " KiB",
                        HttpHeaders.CONNECTION.toString(), "close");
                return;
            }
            context.next();
        });
    }
}
