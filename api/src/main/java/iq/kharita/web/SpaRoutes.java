package iq.kharita.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;

/**
 * The SPA is served from META-INF/resources. Its deep links (/measures/12) have no file behind them, so any GET
 * for a page that is not the API, the Quarkus endpoints or a file falls back to index.html. Unknown API paths
 * get a problem+json 404 instead.
 */
public class SpaRoutes {

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(context -> {
            String path = context.normalizedPath();
            if (path.startsWith("/api/")) {
                context.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json")
                        .end("{\"type\":\"https://kharita.iq/problems/not-found\",\"title\":\"Not found\",\"status\":404,"
                                + "\"detail\":\"No resource at this address\",\"instance\":\"" + path.replace("\"", "") + "\"}");
            } else if (context.request().method() == HttpMethod.GET && !path.startsWith("/q/") && !path.contains(".")) {
                context.reroute("/index.html");
            } else {
                context.next();
            }
        });
    }
}
