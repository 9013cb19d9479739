package iq.kharita.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static iq.kharita.security.Callers.ADMIN;
import static iq.kharita.security.Callers.ADMIN_ONLY;
import static iq.kharita.security.Callers.ANONYMOUS;
import static iq.kharita.security.Callers.CCPC;
import static iq.kharita.security.Callers.EVERYONE;
import static iq.kharita.security.Callers.STAFF;
import static iq.kharita.security.Callers.WG_LEAD;
import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the published contract × every caller, with real tokens. Who is allowed gets past the role
 * check (any answer but 401/403, typically 400 or 404 for the dummy request sent); everyone else gets 403, and
 * anonymous callers 401. An operation without a row fails the test, so a new endpoint cannot ship unclassified.
 * Object-level rules (own vs other working group) are in {@link ObjectLevelAccessTest}.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    /** Marks the few operations that anyone may call, signed in or not. */
    static final Set<Callers> PUBLIC = EnumSet.allOf(Callers.class);

    static final Map<String, Set<Callers>> ALLOWED = Map.ofEntries(
            entry("listRoadmaps", EVERYONE), entry("getRoadmap", EVERYONE),
            entry("createRoadmap", ADMIN_ONLY), entry("updateRoadmap", CCPC), entry("deleteRoadmap", ADMIN_ONLY),
            entry("listPillars", EVERYONE), entry("getPillar", EVERYONE),
            entry("createPillar", CCPC), entry("updatePillar", CCPC), entry("deletePillar", CCPC),
            entry("listMeasures", EVERYONE), entry("getMeasure", EVERYONE),
            entry("createMeasure", CCPC), entry("updateMeasure", EnumSet.of(ADMIN, STAFF, WG_LEAD)), entry("deleteMeasure", CCPC),
            entry("listStakeholders", EVERYONE), entry("getStakeholder", EVERYONE),
            entry("createStakeholder", CCPC), entry("updateStakeholder", CCPC), entry("deleteStakeholder", CCPC),
            entry("listWorkingGroups", EVERYONE), entry("getWorkingGroup", EVERYONE),
            entry("createWorkingGroup", CCPC), entry("updateWorkingGroup", CCPC), entry("deleteWorkingGroup", CCPC),
            entry("listLocations", EVERYONE), entry("getLocation", EVERYONE),
            entry("listAuditEvents", CCPC),
            entry("listStatusUpdates", EVERYONE), entry("getProgress", EVERYONE), entry("getBoard", EVERYONE), entry("getWorkspace", EVERYONE),
            entry("listLessons", EVERYONE), entry("getLesson", EVERYONE),
            entry("createLesson", EnumSet.of(ADMIN, STAFF, WG_LEAD, Callers.FOCAL_POINT)),
            entry("updateLesson", EnumSet.of(ADMIN, STAFF, WG_LEAD, Callers.FOCAL_POINT)),
            entry("deleteLesson", EnumSet.of(ADMIN, STAFF, WG_LEAD, Callers.FOCAL_POINT)),
            entry("listIndicators", EVERYONE), entry("getIndicator", EVERYONE), entry("createIndicator", CCPC),
            entry("updateIndicator", CCPC), entry("deleteIndicator", CCPC), entry("listMeasurements", EVERYONE),
            entry("createMeasurement", EnumSet.of(ADMIN, STAFF, Callers.FOCAL_POINT, Callers.PARTNER)),
            entry("updateMeasurement", EnumSet.of(ADMIN, STAFF, Callers.FOCAL_POINT, Callers.PARTNER)),
            entry("listSupportNeeds", EVERYONE), entry("getSupportNeed", EVERYONE), entry("createSupportNeed", CCPC),
            entry("updateSupportNeed", CCPC), entry("deleteSupportNeed", CCPC), entry("createPledge", CCPC), entry("updatePledge", CCPC),
            entry("getFunding", EVERYONE),
            entry("listRisks", EVERYONE), entry("getRisk", EVERYONE), entry("getRiskHeatMap", EVERYONE),
            entry("createRisk", CCPC), entry("updateRisk", CCPC), entry("deleteRisk", CCPC),
            entry("listDependencies", EVERYONE), entry("createDependency", CCPC), entry("deleteDependency", CCPC), entry("getSequence", EVERYONE),
            entry("listActions", EVERYONE), entry("getAction", EVERYONE), entry("createAction", EnumSet.of(ADMIN, STAFF, WG_LEAD)),
            entry("updateAction", EnumSet.of(ADMIN, STAFF, WG_LEAD, Callers.FOCAL_POINT, Callers.PARTNER)),
            entry("deleteAction", EnumSet.of(ADMIN, STAFF, WG_LEAD)),
            entry("getMe", EVERYONE), entry("streamChanges", EVERYONE), entry("getClientConfig", PUBLIC),
            entry("listUsers", ADMIN_ONLY), entry("inviteUser", ADMIN_ONLY), entry("disableUser", ADMIN_ONLY));

    @Test
    void everyOperationAnswersEveryCallerAsTheMatrixSays() {
        List<String> failures = new ArrayList<>();
        for (Operation operation : operations()) {
            Set<Callers> allowed = ALLOWED.get(operation.id());
            assertThat(allowed).as("the matrix has no row for " + operation.id() + " (" + operation.method() + " " + operation.path() + ")").isNotNull();
            for (Callers caller : Callers.values()) {
                Response response = operation.call(caller);
                int status = response.statusCode();
                boolean ok = allowed == PUBLIC ? status == 200
                        : caller == ANONYMOUS ? status == 401
                        : allowed.contains(caller) ? status != 401 && status != 403
                        : status == 403;
                if (!ok) {
                    failures.add(operation.id() + " as " + caller + " answered " + status);
                }
                if ((status == 401 || status == 403) && !String.valueOf(response.contentType()).startsWith("application/problem+json")) {
                    failures.add(operation.id() + " as " + caller + " answered " + status + " without problem+json");
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theMatrixHasNoRowForAnOperationThatDoesNotExist() {
        Set<String> published = operations().stream().map(Operation::id).collect(java.util.stream.Collectors.toSet());
        assertThat(published).containsAll(ALLOWED.keySet());
    }

    private static List<Operation> operations() {
        JsonPath spec = new JsonPath(given().accept("application/json").get("/q/openapi").then().statusCode(200).extract().asString());
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            if (path.startsWith("/api/") && operation.get("operationId") != null) {
                boolean stream = String.valueOf(operation.get("responses")).contains("text/event-stream");
                operations.add(new Operation((String) operation.get("operationId"), method.toUpperCase(), path, stream));
            }
        }));
        return operations;
    }

    /** A request that passes authentication and authorization but can change nothing: unknown ids, empty bodies. */
    record Operation(String id, String method, String path, boolean stream) {

        Response call(Callers caller) {
            if (stream) {
                return openStream(caller);
            }
            String concrete = path.replaceAll("\\{[A-Za-z]+}", path.startsWith("/api/v1/users") ? UUID.randomUUID().toString() : "987654321");
            var request = caller.request().contentType(ContentType.JSON);
            return switch (method) {
                case "GET" -> request.get(concrete);
                case "POST" -> request.body("{}").post(concrete);
                case "PATCH" -> request.body("{}").patch(concrete);
                case "PUT" -> request.body("{}").put(concrete);
                case "DELETE" -> request.delete(concrete);
                default -> throw new IllegalStateException("No call for " + method);
            };
        }

        /** An event stream never ends: read the status and the content type, then hang up. */
        private Response openStream(Callers caller) {
            var request = caller.request().config(io.restassured.RestAssured.config().httpClient(
                    io.restassured.config.HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 1500)));
            try {
                return request.get(path);
            } catch (Exception timedOut) {
                // the allowed caller got a stream that stays open: the socket timeout proves it passed the checks
                return new io.restassured.builder.ResponseBuilder().setStatusCode(200).setContentType("text/event-stream").build();
            }
        }
    }
}
