package iq.kharita.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import iq.kharita.common.security.Roles;
import iq.kharita.demo.DemoDataLoader;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ten thousand invalid requests, generated from the published contract (openapi/openapi.yaml as served), across every
 * write operation and list: wrong types, missing and unknown fields, oversize strings and bodies, invalid enums and
 * dates, malformed JSON, broken bilingual objects, out-of-range numbers and page sizes, SQL and script fragments.
 * Every answer must be a 4xx problem+json, never a 5xx, and the database must be exactly as it was.
 */
@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class BadInputTest {

    static final int REQUESTS = 10_000;
    static final long SEED = 20261121L;
    static final List<String> HOSTILE = List.of("' or 1=1; drop table measure; --", "<script>alert(1)</script>", "${jndi:ldap://x}",
            "\u0000", "../../etc/passwd", "%00", "\"; select pg_sleep(5); --", "ق".repeat(3), "{{7*7}}");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DemoDataLoader demo;

    final ObjectMapper json = new ObjectMapper();
    final Random random = new Random(SEED);
    final Garbage garbage = new Garbage(random);

    /** Arbitrary text: any code point, control characters and unpaired surrogates included, up to 40 of them. */
    record Garbage(Random random) {
        String sample() {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(41); i > 0; i--) {
                text.append((char) random.nextInt(Character.MAX_VALUE + 1));
            }
            return text.toString();
        }
    }

    @Test
    void tenThousandInvalidRequestsAllGetAProblemAndChangeNothing() throws Exception {
        // the ids the generated bodies point at exist, so that nothing but the one mistake can make a request fail
        demo.load();
        JsonNode spec = json.readTree(given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString());
        List<Target> targets = targets(spec);
        assertThat(targets).as("write operations and lists found in the contract").hasSizeGreaterThan(30);
        Map<String, String> before = checksums();

        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Target target = targets.get(random.nextInt(targets.size()));
            Attempt attempt = target.body() == null ? badQuery(target) : badBody(spec, target);
            Response response = send(target, attempt);
            int status = response.statusCode();
            statuses.merge(status, 1, Integer::sum);
            boolean problem = String.valueOf(response.contentType()).startsWith("application/problem+json");
            if (status < 400 || status >= 500 || !problem) {
                if (failures.size() < 20) {
                    failures.add(status + " " + target.method() + " " + attempt.path() + " (" + attempt.kind() + "): "
                            + abbreviate(attempt.body()) + " → " + abbreviate(response.asString()));
                }
            }
        }
        System.out.printf("Bad input: %d requests over %d operations, answers %s%n", REQUESTS, targets.size(), statuses);
        assertThat(failures).as("answers that were not a 4xx problem").isEmpty();
        assertThat(checksums()).as("every table unchanged, row by row").isEqualTo(before);
    }

    record Target(String method, String path, String body, List<JsonNode> queryParameters) {
    }

    record Attempt(String kind, String path, String body, String contentType) {
    }

    private List<Target> targets(JsonNode spec) {
        List<Target> targets = new ArrayList<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            String method = operation.getKey().toUpperCase();
            JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json").path("schema").path("$ref");
            List<JsonNode> query = new ArrayList<>();
            operation.getValue().path("parameters").forEach(p -> {
                if ("query".equals(p.path("in").asText())) {
                    query.add(p);
                }
            });
            if (!body.isMissingNode()) {
                targets.add(new Target(method, path.getKey(), body.asText().replace("#/components/schemas/", ""), query));
            } else if (method.equals("GET") && !query.isEmpty()) {
                targets.add(new Target(method, path.getKey(), null, query));
            }
        }));
        return targets;
    }

    /** A valid-looking body from the schema, then one thing made wrong. */
    private Attempt badBody(JsonNode spec, Target target) {
        JsonNode schema = spec.path("components").path("schemas").path(target.body());
        ObjectNode body = (ObjectNode) sample(spec, schema, 0);
        List<String> fields = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(fields::add);
        String field = fields.isEmpty() ? "x" : fields.get(random.nextInt(fields.size()));
        JsonNode property = resolve(spec, schema.path("properties").path(field));
        String path = concrete(target.path());
        switch (random.nextInt(11)) {
            case 0 -> {
                body.set(field, wrongType(property));
                return new Attempt("wrong type of " + field, path, body.toString(), "application/json");
            }
            case 1 -> {
                body.put("unexpected" + random.nextInt(100), garbage.sample());
                return new Attempt("unknown field", path, body.toString(), "application/json");
            }
            case 2 -> {
                String oversized = "x".repeat(5_000 + random.nextInt(60_000));
                body.put(firstStringField(spec, schema, field), oversized);
                body.put("unexpected", true);
                return new Attempt("oversize string", path, body.toString(), "application/json");
            }
            case 3 -> {
                body.put(field, "NOT_A_VALUE_" + random.nextInt(1000));
                if (!property.has("enum")) {
                    body.put("unexpected", "x");
                }
                return new Attempt("invalid enum " + field, path, body.toString(), "application/json");
            }
            case 4 -> {
                body.put(field, random.nextBoolean() ? "2026-02-30" : garbage.sample());
                body.set("alsoUnknown", JsonNodeFactory.instance.nullNode());
                return new Attempt("bad date or text in " + field, path, body.toString(), "application/json");
            }
            case 5 -> {
                String text = body.toString();
                return new Attempt("malformed JSON", path, text.substring(0, Math.max(1, random.nextInt(text.length()))) + garbage.sample(), "application/json");
            }
            case 6 -> {
                ObjectNode broken = JsonNodeFactory.instance.objectNode();
                switch (random.nextInt(4)) {
                    case 0 -> broken.put("en", "");
                    case 1 -> broken.put("en", "x").put("ar", 5);
                    case 2 -> broken.put("fr", "x").put("en", "y").put("ar", "ع");
                    default -> broken.put("en", "x").put("ar", "ع".repeat(30_000));
                }
                body.set(bilingualField(spec, schema, field), broken);
                return new Attempt("invalid bilingual text", path, body.toString(), "application/json");
            }
            case 7 -> {
                body.put(field, 999_999_999_999_999L);
                body.put("progress", -1 - random.nextInt(1000));
                body.put("unexpected", 1);
                return new Attempt("number out of range", path, body.toString(), "application/json");
            }
            case 8 -> {
                body.put(firstStringField(spec, schema, field), HOSTILE.get(random.nextInt(HOSTILE.size())));
                body.put("injected", HOSTILE.get(random.nextInt(HOSTILE.size())));
                return new Attempt("SQL or script fragment", path, body.toString(), "application/json");
            }
            case 9 -> {
                return new Attempt("wrong media type", path, body.toString(), random.nextBoolean() ? "text/plain" : "application/xml");
            }
            default -> {
                if (random.nextInt(20) == 0) {
                    return new Attempt("body over the limit", path, "{\"a\":\"" + "x".repeat(1_100_000) + "\"}", "application/json");
                }
                JsonNode root = random.nextBoolean() ? JsonNodeFactory.instance.arrayNode().add(body) : JsonNodeFactory.instance.textNode(garbage.sample());
                return new Attempt("not an object", path, root.toString(), "application/json");
            }
        }
    }

    /** A list call with one of its own declared parameters made wrong for its schema. */
    private Attempt badQuery(Target target) {
        List<JsonNode> parameters = new ArrayList<>(target.queryParameters());
        java.util.Collections.shuffle(parameters, random);
        for (JsonNode parameter : parameters) {
            String value = invalidValue(parameter);
            if (value != null) {
                String name = parameter.path("name").asText();
                String url = concrete(target.path()) + "?" + name + "=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
                return new Attempt("bad query parameter " + name, url, null, null);
            }
        }
        throw new IllegalStateException(target.path() + " has no parameter that can be made invalid");
    }

    /** A value the parameter's schema (or the API's documented rule for it) refuses; null when any text is fine. */
    private String invalidValue(JsonNode parameter) {
        String name = parameter.path("name").asText();
        JsonNode schema = parameter.path("schema");
        String type = schema.path("type").asText();
        String hostile = HOSTILE.get(random.nextInt(HOSTILE.size()));
        if (name.equals("page") || name.equals("size")) {
            return String.valueOf(name.equals("size") ? 201 + random.nextInt(1_000_000) : -1 - random.nextInt(100));
        }
        if (type.equals("integer") || type.equals("number")) {
            return schema.has("maximum") && random.nextBoolean() ? String.valueOf(schema.get("maximum").asLong() + 1 + random.nextInt(1000)) : "abc" + hostile;
        }
        if (type.equals("boolean")) {
            return random.nextBoolean() ? "maybe" : hostile;
        }
        if (type.equals("array") || schema.has("enum") || schema.has("$ref") || schema.path("items").has("$ref")) {
            return "NOT_A_VALUE_" + hostile;
        }
        if (schema.has("maxLength")) {
            return "x".repeat(schema.get("maxLength").asInt() + 1 + random.nextInt(500));
        }
        return switch (name) {
            // checked against a whitelist, a P-code table, an instant format or a pattern
            case "sort", "location", "parent", "updatedSince", "asOf", "entityType" -> hostile + random.nextInt(100);
            default -> null;
        };
    }

    private Response send(Target target, Attempt attempt) {
        var request = given().urlEncodingEnabled(false).header("If-Match", "\"0\"");
        if (attempt.body() != null && attempt.body().length() > 1_000_000) {
            // as a well-behaved client does for a large upload: the server can refuse before the body is sent
            request = request.header("Expect", "100-continue");
        }
        if (attempt.body() != null) {
            request = request.contentType(attempt.contentType()).body(attempt.body());
        }
        return switch (target.method()) {
            case "POST" -> request.post(attempt.path());
            case "PATCH" -> request.patch(attempt.path());
            case "PUT" -> request.put(attempt.path());
            default -> request.get(attempt.path());
        };
    }

    private JsonNode sample(JsonNode spec, JsonNode schema, int depth) {
        JsonNode resolved = resolve(spec, schema);
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        String type = resolved.path("type").isArray() ? resolved.path("type").get(0).asText() : resolved.path("type").asText("object");
        return switch (type) {
            case "string" -> JsonNodeFactory.instance.textNode("date".equals(resolved.path("format").asText()) ? "2026-12-31" : "SAMPLE");
            case "integer", "number" -> JsonNodeFactory.instance.numberNode(1);
            case "boolean" -> JsonNodeFactory.instance.booleanNode(true);
            case "array" -> {
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                if (depth < 3) {
                    array.add(sample(spec, resolved.path("items"), depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = JsonNodeFactory.instance.objectNode();
                if (depth < 3) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext(); ) {
                        Map.Entry<String, JsonNode> property = it.next();
                        object.set(property.getKey(), sample(spec, property.getValue(), depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    private JsonNode wrongType(JsonNode property) {
        String type = property.path("type").isArray() ? property.path("type").get(0).asText() : property.path("type").asText("object");
        return switch (type) {
            case "string" -> random.nextBoolean() ? JsonNodeFactory.instance.objectNode().put("x", 1) : JsonNodeFactory.instance.arrayNode().add(1);
            case "integer", "number" -> JsonNodeFactory.instance.textNode(garbage.sample() + "abc");
            case "boolean" -> JsonNodeFactory.instance.numberNode(7);
            case "array" -> JsonNodeFactory.instance.objectNode().put("not", "an array");
            default -> JsonNodeFactory.instance.numberNode(random.nextInt());
        };
    }

    private String firstStringField(JsonNode spec, JsonNode schema, String fallback) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if ("string".equals(resolve(spec, property.getValue()).path("type").asText()) && !resolve(spec, property.getValue()).has("enum")) {
                return property.getKey();
            }
        }
        return fallback;
    }

    private String bilingualField(JsonNode spec, JsonNode schema, String fallback) {
        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            if (property.getValue().path("$ref").asText().endsWith("/I18nText")) {
                return property.getKey();
            }
        }
        return fallback;
    }

    private static JsonNode resolve(JsonNode spec, JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            current = spec.path("components").path("schemas").path(current.get("$ref").asText().replace("#/components/schemas/", ""));
        }
        if (current.has("allOf") && current.get("allOf").size() > 0) {
            return resolve(spec, current.get("allOf").get(0));
        }
        return current;
    }

    private String concrete(String path) {
        return path.replaceAll("\\{[A-Za-z]+}", path.startsWith("/api/v1/users") ? "00000000-0000-0000-0000-000000000000" : String.valueOf(1 + random.nextInt(50)));
    }

    /** Row count and a digest of every row of every table. */
    private Map<String, String> checksums() throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("select count(*), coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from \""
                        + table + "\" t")) {
                    rows.next();
                    sums.put(table, rows.getLong(1) + ":" + rows.getString(2));
                }
            }
        }
        return sums;
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
