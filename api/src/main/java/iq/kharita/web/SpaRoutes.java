package iq.kharita.web;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;

import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The SPA is served from META-INF/resources. Its deep links (/measures/12) have no file behind them, so a GET for
 * anything that is not the API, a Quarkus endpoint or a file is rerouted to / (index.html), and the SPA's own
 * router takes it from there.
 */
public class SpaRoutes {

    private static final Predicate<String> FILE = Pattern.compile(".*[.][A-Za-z0-9]+$").asMatchPredicate();

    void install(@Observes Router router) {
        router.get("/*").handler(context -> {
            String path = context.normalizedPath();
            if (path.equals("/") || path.startsWith("/api/") || path.startsWith("/q/") || FILE.test(path)) {
                context.next();
            } else {
                context.reroute("/");
            }
        });
    }
}
