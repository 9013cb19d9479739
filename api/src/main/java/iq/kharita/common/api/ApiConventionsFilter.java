package iq.kharita.common.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.Map;

/**
 * Declares the conventions every operation shares, once, instead of annotating each method: creates accept an
 * Idempotency-Key header; and the problem responses of every operation, from what the operation does, instead of repeating
 * annotations on each method: every call needs a token (401) and a role (403), a body can be invalid (400), too
 * large (413) or not JSON (415), an id in the path or the required one in the query (the roadmap of a board) can be
 * unknown (404), a write needs If-Match (428) and can be stale (412) or conflict (409), and any call can meet an
 * outage (503).
 * <p>
 * It runs once, at build time: the document it shapes depends on the code alone, so a start need not run it again.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ApiConventionsFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String RETRY_AFTER_REF = "#/components/headers/RetryAfter";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        declareProblemSchema(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (path.startsWith("/api/")) {
                declare(path, method, operation);
            }
        }));
    }

    private void declare(String path, PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean hasId = path.contains("{");
        boolean refersToItem = hasId || (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY && Boolean.TRUE.equals(p.getRequired())));
        boolean write = method != PathItem.HttpMethod.GET;
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY));
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, "401", "Missing, expired or invalid bearer token");
            add(responses, "403", "The caller's role, institution or working group does not allow this");
        }
        if (hasInput) {
            add(responses, "400", "Invalid request: the violations list names each invalid field");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is larger than the API accepts (1 MiB)");
            add(responses, "415", "The body is not application/json");
        }
        if (refersToItem) {
            add(responses, "404", "No such item");
        }
        if (write) {
            add(responses, "409", "The change conflicts with existing data");
        }
        if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE) {
            add(responses, "412", "The item changed since it was read: If-Match does not match the current ETag");
            add(responses, "428", "If-Match header missing");
        }
        if (method == PathItem.HttpMethod.GET) {
            addRetryAfterHeader(add(responses, "503",
                    "The database is temporarily unavailable, or the API already holds as many reads as it may; retry after the Retry-After seconds, if given"));
        } else {
            add(responses, "503", "The database is temporarily unavailable; retry later");
        }
        boolean computed = iq.kharita.common.limits.ExpensiveCallLimiter.EXPENSIVE.stream().anyMatch(p -> path.startsWith(p.replaceAll("/$", "")))
                || "getMeasure".equals(operation.getOperationId());
        if (method == PathItem.HttpMethod.GET && computed) {
            addRetryAfterHeader(add(responses, "429", "Too many requests for computed views from this caller; retry after the Retry-After seconds"));
        }
        if (method == PathItem.HttpMethod.GET && hasId) {
            addEtagHeader(responses.getAPIResponse("200"));
        }
        if (method == PathItem.HttpMethod.POST && operation.getRequestBody() != null) {
            operation.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                    .description("Any unique string of 8 to 100 letters, digits, - or _: a retry with the same key returns the first answer"
                            + " (marked Idempotent-Replayed) instead of creating a duplicate")
                    .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        }
    }

    /** The schema of problem+json bodies, written out here because no resource method returns it, and their Retry-After header. */
    private static void declareProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Schema violation = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One invalid field of a request")
                .addProperty("field", string("Path of the field: a JSON path in the body (title.ar) or a query parameter name"))
                .addProperty("message", string("What is wrong with it"))
                .required(java.util.List.of("field", "message"));
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", string("URI identifying the kind of problem").format("uri"))
                .addProperty("title", string("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string("What happened, for a person"))
                .addProperty("instance", string("Path of the request"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation")))
                .required(java.util.List.of("type", "title", "status"));
        openAPI.getComponents().addSchema("Violation", violation);
        openAPI.getComponents().addSchema("Problem", problem);
        openAPI.getComponents().addHeader("RetryAfter", OASFactory.createHeader()
                .description("Seconds to wait before trying again")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static void addEtagHeader(APIResponse ok) {
        if (ok == null) {
            return;
        }
        Header etag = OASFactory.createHeader()
                .description("Version of the item; send it back in If-Match to change it")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        ok.setHeaders(Map.of("ETag", etag));
    }

    /** Seconds to wait before trying again, as the 429 and the read-limit 503 send it (declared once: declareProblemSchema). */
    private static void addRetryAfterHeader(APIResponse response) {
        response.addHeader("Retry-After", OASFactory.createHeader().ref(RETRY_AFTER_REF));
    }

    /** The problem response for the status, unless the operation declares one with content itself; returns the one that stands. */
    private static APIResponse add(APIResponses responses, String status, String description) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getContent() != null) {
            return existing;
        }
        MediaType problem = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        Content content = OASFactory.createContent().addMediaType("application/problem+json", problem);
        APIResponse response = OASFactory.createAPIResponse().description(description).content(content);
        responses.addAPIResponse(status, response);
        return response;
    }
}
