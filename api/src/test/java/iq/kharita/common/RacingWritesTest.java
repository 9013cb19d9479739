package iq.kharita.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import iq.kharita.demo.DemoDataLoader;
import iq.kharita.testing.AtOnce;
import iq.kharita.testing.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes that race on the same items, each started at the same instant from its own thread: on actions, pledges and
 * dependencies no update is lost and nothing is created twice, a loser gets a problem (412 or 409) never a 500, and
 * the audit trail holds exactly the accepted writes.
 */
@QuarkusTest
class RacingWritesTest {

    @Inject
    DemoDataLoader demo;

    long pillarId;
    String coordinator;

    @BeforeEach
    void roadmapOfItsOwn() {
        demo.load(); // for the institutions (NSS, EU); the items raced on live in a roadmap of this test's own
        coordinator = Tokens.of("coordinator");
        long roadmapId = as().contentType(ContentType.JSON)
                .body(Map.of("code", unique("RACE"), "title", Map.of("en", "Races", "ar", "سباقات"), "versionLabel", "v1",
                        "ownerStakeholderId", stakeholder("NSS")))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().jsonPath().getLong("id");
        pillarId = as().contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "code", "RACE", "name", Map.of("en", "Races", "ar", "سباقات"), "order", 1))
                .post("/api/v1/pillars").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    void ofTwentyChangesOfOneActionWithTheSameEtagOneIsAccepted() {
        long action = action(measure());
        String etag = as().get("/api/v1/actions/" + action).then().statusCode(200).extract().header("ETag");
        List<Integer> statuses = AtOnce.run(20, i -> as().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("status", i % 2 == 0 ? "IN_PROGRESS" : "BLOCKED", "note", "Racer " + i)).patch("/api/v1/actions/" + action).statusCode());
        assertThat(statuses).containsOnly(200, 412).filteredOn(s -> s == 200).hasSize(1);
        assertThat(audited("action", action, "UPDATE")).isEqualTo(1);
    }

    @Test
    void ofTwentyChangesOfOnePledgeWithTheSameEtagOneIsAccepted() {
        long measure = measure();
        long donor = stakeholder("EU");
        long need = as().contentType(ContentType.JSON)
                .body(Map.of("measureId", measure, "type", "TRAINING", "description", Map.of("en", "Training", "ar", "تدريب"),
                        "requestingStakeholderId", donor, "estimatedCost", 100_000, "currency", "USD"))
                .post("/api/v1/support-needs").then().statusCode(201).extract().jsonPath().getLong("id");
        JsonPath pledge = as().contentType(ContentType.JSON).body(Map.of("needId", need, "donorStakeholderId", donor, "amount", 40_000, "currency", "USD"))
                .post("/api/v1/pledges").then().statusCode(201).extract().jsonPath();
        String etag = "\"" + pledge.getLong("tracking.version") + "\"";
        long id = pledge.getLong("id");
        List<Integer> statuses = AtOnce.run(20, i -> as().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("amount", 10_000 + i)).patch("/api/v1/pledges/" + id).statusCode());
        assertThat(statuses).containsOnly(200, 412).filteredOn(s -> s == 200).hasSize(1);
        assertThat(audited("pledge", id, "UPDATE")).isEqualTo(1);
    }

    @Test
    void actionsFinishedAtTheSameMomentAllCountInTheirMeasuresProgress() {
        long measure = measure();
        String measureEtag = as().get("/api/v1/measures/" + measure).then().extract().header("ETag");
        as().contentType(ContentType.JSON).header("If-Match", measureEtag).body(Map.of("progressMode", "FROM_ACTIONS"))
                .patch("/api/v1/measures/" + measure).then().statusCode(200);
        List<Long> actions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            actions.add(action(measure));
        }
        List<String> etags = actions.stream().map(a -> as().get("/api/v1/actions/" + a).then().extract().header("ETag")).toList();
        List<Integer> statuses = AtOnce.run(actions.size(), i -> as().contentType(ContentType.JSON).header("If-Match", etags.get(i))
                .body(Map.of("status", "DONE")).patch("/api/v1/actions/" + actions.get(i)).statusCode());
        assertThat(statuses).as("each action is its own item: every change is accepted").containsOnly(200);
        assertThat(as().get("/api/v1/measures/" + measure).then().extract().jsonPath().getInt("progress"))
                .as("the measure counts every finished action, none lost to a concurrent one").isEqualTo(100);
    }

    @Test
    void theSameDependencyAddedTenTimesAtOnceIsCreatedOnce() {
        long measure = measure();
        long predecessor = measure();
        List<Integer> statuses = AtOnce.run(10, i -> as().contentType(ContentType.JSON).body(Map.of("measureId", measure, "predecessorId", predecessor))
                .post("/api/v1/dependencies").statusCode());
        assertThat(statuses).containsOnly(201, 409).filteredOn(s -> s == 201).hasSize(1);
        assertThat(as().get("/api/v1/dependencies?measure=" + measure).then().statusCode(200).extract().jsonPath().getList("items")).hasSize(1);
    }

    @Test
    void dependenciesAddedAtOnceInOppositeDirectionsNeverMakeACycle() {
        for (int pair = 0; pair < 5; pair++) {
            long[] measures = {measure(), measure()};
            List<Integer> statuses = AtOnce.run(2, i -> as().contentType(ContentType.JSON)
                    .body(Map.of("measureId", measures[i], "predecessorId", measures[1 - i])).post("/api/v1/dependencies").statusCode());
            assertThat(statuses).as("A after B and B after A, at once").containsExactlyInAnyOrder(201, 409);
        }
    }

    private long measure() {
        String code = unique("RACE");
        return as().contentType(ContentType.JSON)
                .body(Map.of("pillarId", pillarId, "code", code, "title", Map.of("en", "Race " + code, "ar", "سباق " + code),
                        "type", "OPERATIONAL", "level", "NATIONAL", "phase", "PILOT", "visibility", "INTERNAL",
                        "responsibilities", List.of(Map.of("stakeholderId", stakeholder("NSS"), "role", "LEAD"))))
                .post("/api/v1/measures").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long action(long measure) {
        return as().contentType(ContentType.JSON)
                .body(Map.of("measureId", measure, "assigneeStakeholderId", stakeholder("NSS"), "title", Map.of("en", "Step", "ar", "خطوة")))
                .post("/api/v1/actions").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long stakeholder(String abbreviation) {
        return as().get("/api/v1/stakeholders?q=" + abbreviation + "&size=50").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.abbreviation == '" + abbreviation + "' }.id");
    }

    private int audited(String entityType, long id, String action) {
        return as().get("/api/v1/audit-events?entityType=" + entityType + "&entityId=" + id + "&size=200").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.action == '" + action + "' }").size();
    }

    private RequestSpecification as() {
        return given().auth().oauth2(coordinator);
    }
}
