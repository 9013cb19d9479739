package iq.kharita.common.problem;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** A problem+json answer from a route that runs before RESTEasy, where the exception mappers do not reach. */
public final class RouteProblem {

    private RouteProblem() {
    }

    /** Ends the exchange with the problem; headers are name and value in turn. */
    public static void end(RoutingContext routing, ProblemType type, String detail, String... headers) {
        var response = routing.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            response.putHeader(headers[i], headers[i + 1]);
        }
        response.end(new JsonObject().put("type", type.uri().toString()).put("title", type.title()).put("status", type.status())
                .put("detail", detail).put("instance", routing.normalizedPath()).encode());
    }
}
