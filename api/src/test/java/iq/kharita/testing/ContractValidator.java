package iq.kharita.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Checks every answer the API tests get from {@code /api/} against the published contract, openapi/openapi.yaml:
 * the path and method are declared, the status code is declared for that operation, the content type is one it
 * declares, and the body matches its schema. Schemas are made strict first (no property the contract does not
 * name), so an undeclared field fails as surely as a wrong type. Registered for every {@code @QuarkusTest} by
 * {@link ContractValidationCallback}.
 */
public final class ContractValidator implements Filter {

    private static final ContractValidator INSTANCE = new ContractValidator(Path.of("..", "openapi", "openapi.yaml"));
    private static final Set<String> JSON = Set.of("application/json", "application/problem+json");

    private final JsonNode paths;
    private final ObjectNode definitions;
    private final List<Route> routes;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    private final JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final ObjectMapper json = new ObjectMapper();

    public static ContractValidator instance() {
        return INSTANCE;
    }

    private static final String CHECKED = "kharita.contract.checked";

    /**
     * How many answers were checked in this JVM. Each Quarkus restart (a test profile) loads this class anew, so the
     * count is kept where all the copies see it, as a system property (a string: other libraries read them all as
     * strings); {@link ContractCheckReport} prints it at the end of the run.
     */
    static long checked() {
        return Long.parseLong(System.getProperty(CHECKED, "0"));
    }

    private static void countOne() {
        Properties properties = System.getProperties();
        synchronized (properties) {
            properties.setProperty(CHECKED, String.valueOf(checked() + 1));
        }
    }

    private ContractValidator(Path contract) {
        try {
            // the schemas move under $defs so that each response schema can carry them as one self-contained document
            String text = Files.readString(contract, StandardCharsets.UTF_8).replace("#/components/schemas/", "#/$defs/");
            JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(text);
            this.paths = document.path("paths");
            this.definitions = (ObjectNode) document.path("components").path("schemas").deepCopy();
            forbidUndeclaredProperties(definitions);
            this.routes = routes(paths);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the contract " + contract.toAbsolutePath(), e);
        }
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        Response response = context.next(request, expected);
        URI uri = URI.create(request.getURI());
        String method = request.getMethod().toLowerCase(Locale.ROOT);
        if (uri.getPath().startsWith("/api/") && !method.equals("options") && !method.equals("head") && !refusedCrossOrigin(request, response)) {
            List<String> mismatches = mismatches(method, uri.getPath(), response);
            countOne();
            if (!mismatches.isEmpty()) {
                throw new AssertionError("The answer to " + method.toUpperCase(Locale.ROOT) + " " + uri.getPath() + " (" + response.statusCode()
                        + ") does not match openapi/openapi.yaml:\n  " + String.join("\n  ", mismatches)
                        + "\n  body: " + abbreviate(response.asString()));
            }
        }
        return response;
    }

    /** A browser call from a foreign origin is refused by the CORS layer (403, no body) before it reaches the API. */
    private static boolean refusedCrossOrigin(FilterableRequestSpecification request, Response response) {
        return request.getHeaders().hasHeaderWithName("Origin") && response.statusCode() == 403;
    }

    List<String> mismatches(String method, String path, Response response) {
        int status = response.statusCode();
        Optional<Route> route = routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst();
        if (route.isEmpty()) {
            return status == 404 ? List.of() : List.of("no such path in the contract");
        }
        JsonNode operation = paths.path(route.get().template()).path(method);
        if (operation.isMissingNode()) {
            return status == 405 ? List.of() : List.of("no " + method.toUpperCase(Locale.ROOT) + " on " + route.get().template() + " in the contract");
        }
        String pointer = "/" + route.get().template().replace("~", "~0").replace("/", "~1") + "/" + method + "/responses/";
        JsonNode declared = paths.at(pointer + status);
        if (declared.isMissingNode()) {
            return List.of("status " + status + " is not declared (declared: " + names(operation.path("responses")) + ")");
        }
        String contentType = Optional.ofNullable(response.contentType()).orElse("").split(";")[0].trim().toLowerCase(Locale.ROOT);
        JsonNode content = declared.path("content");
        byte[] body = decoded(response);
        if (content.isMissingNode() || content.isEmpty()) {
            return body.length == 0 ? List.of() : List.of("a body where the contract declares none (" + contentType + ")");
        }
        if (!content.has(contentType)) {
            return List.of("content type '" + contentType + "' is not declared (declared: " + names(content) + ")");
        }
        JsonNode schema = content.path(contentType).path("schema");
        if (!JSON.contains(contentType) || schema.isMissingNode()) {
            return List.of();
        }
        try {
            JsonNode value = json.readTree(body);
            String key = pointer + status + "/content/" + contentType;
            Set<ValidationMessage> errors = schemas.computeIfAbsent(key, k -> compile(schema)).validate(value);
            return errors.stream().map(ValidationMessage::getMessage).sorted().limit(20).toList();
        } catch (IOException e) {
            return List.of("the body is not JSON: " + e.getMessage());
        }
    }

    /**
     * The body before compression: REST Assured undoes gzip itself but keeps the Content-Encoding header, unless a
     * test asked it to leave the body as sent (the gzip header's first two bytes tell which).
     */
    private static byte[] decoded(Response response) {
        byte[] body = response.asByteArray();
        boolean stillCompressed = body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
        if (!"gzip".equalsIgnoreCase(response.header("Content-Encoding")) || !stillCompressed) {
            return body;
        }
        try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return unzipped.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The answer says gzip but is not", e);
        }
    }

    private JsonSchema compile(JsonNode schema) {
        ObjectNode document = schema.deepCopy();
        forbidUndeclaredProperties(document);
        document.set("$defs", definitions);
        return factory.getSchema(document, config);
    }

    /** An object schema that names its properties admits no others (SmallRye does not say so itself). */
    private static void forbidUndeclaredProperties(JsonNode node) {
        if (node instanceof ObjectNode object && object.has("properties") && !object.has("additionalProperties")) {
            object.put("additionalProperties", false);
        }
        node.forEach(ContractValidator::forbidUndeclaredProperties);
    }

    /** The contract's paths as patterns, literal paths before templated ones (/risks/heat-map before /risks/{id}). */
    private static List<Route> routes(JsonNode paths) {
        List<Route> routes = new ArrayList<>();
        paths.fieldNames().forEachRemaining(template -> routes.add(new Route(template,
                Pattern.compile(Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")))));
        routes.sort(Comparator.comparingLong((Route r) -> r.template().chars().filter(c -> c == '{').count())
                .thenComparing(Route::template));
        return routes;
    }

    private static String names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return String.join(", ", names);
    }

    private static String abbreviate(String body) {
        return body.length() > 600 ? body.substring(0, 600) + "…" : body;
    }

    private record Route(String template, Pattern pattern) {
    }
}
