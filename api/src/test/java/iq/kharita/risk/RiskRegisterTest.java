package iq.kharita.risk;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import iq.kharita.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.text;
import static iq.kharita.testing.Fixtures.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RiskRegisterTest {

    long roadmapId;
    long restrictedMeasure;
    long publicMeasure;

    @BeforeEach
    void roadmapWithTwoMeasures() {
        long owner = as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("abbreviation", unique("R"), "name", text("Owner", "مالك"), "type", "SECURITY"))
                .post("/api/v1/stakeholders").then().statusCode(201).extract().jsonPath().getLong("id");
        roadmapId = as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("code", unique("RSK"), "title", text("Risks", "المخاطر"), "versionLabel", "v1", "ownerStakeholderId", owner))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().jsonPath().getLong("id");
        long pillar = as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "code", "DOC", "name", text("Documentation", "الوثائق"), "order", 1))
                .post("/api/v1/pillars").then().statusCode(201).extract().jsonPath().getLong("id");
        restrictedMeasure = measure(pillar, owner, "DOC-01", "RESTRICTED");
        publicMeasure = measure(pillar, owner, "DOC-02", "PUBLIC");
    }

    @Test
    void scoresLikelihoodTimesImpactAndRestrictsSecurityRisksByDefault() {
        as("secretariat").contentType(ContentType.JSON)
                .body(risk("ARMED_ACTOR_VETO", 4, 5, null, List.of(publicMeasure)))
                .post("/api/v1/risks").then().statusCode(201)
                .body("score", equalTo(20)).body("visibility", equalTo("RESTRICTED")).body("status", equalTo("OPEN"))
                .body("measures.code", contains("DOC-02"));
        as("secretariat").contentType(ContentType.JSON)
                .body(risk("FUNDING_SHORTFALL", 3, 3, null, List.of()))
                .post("/api/v1/risks").then().statusCode(201).body("score", equalTo(9)).body("visibility", equalTo("INTERNAL"));
        as("secretariat").get("/api/v1/risks?roadmap=" + roadmapId).then().body("items.score", contains(20, 9));
        as("secretariat").get("/api/v1/risks?roadmap=" + roadmapId + "&minScore=10").then().body("items.score", contains(20));
        as("secretariat").get("/api/v1/risks?minScore=high").then().statusCode(400).body("violations.field", contains("minScore"));
        as("secretariat").get("/api/v1/risks?minScore=26").then().statusCode(400).body("violations.field", contains("minScore"));
    }

    @Test
    void refusesAnOutOfRangeScoreAndAMeasureOfAnotherRoadmap() {
        Map<String, Object> body = risk("POLITICAL_BACKLASH", 6, 0, null, List.of(987654321L));
        as("secretariat").contentType(ContentType.JSON).body(body).post("/api/v1/risks")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("likelihood", "impact"));
        as("secretariat").contentType(ContentType.JSON).body(risk("POLITICAL_BACKLASH", 2, 2, null, List.of(987654321L)))
                .post("/api/v1/risks").then().statusCode(400).body("violations.field", contains("measureIds[0]"));
        as("secretariat").contentType(ContentType.JSON).body(risk("MOON_LANDING", 2, 2, null, List.of()))
                .post("/api/v1/risks").then().statusCode(400).body("violations.field", contains("category"));
    }

    @Test
    void theHeatMapCountsOnlyWhatTheReaderMaySee() {
        as("coordinator").contentType(ContentType.JSON).body(risk("ARMED_ACTOR_VETO", 5, 5, "RESTRICTED", List.of())).post("/api/v1/risks").then().statusCode(201);
        as("coordinator").contentType(ContentType.JSON).body(risk("POLITICAL_BACKLASH", 3, 4, "PUBLIC", List.of(restrictedMeasure, publicMeasure)))
                .post("/api/v1/risks").then().statusCode(201);
        as("coordinator").contentType(ContentType.JSON).body(risk("FUNDING_SHORTFALL", 3, 4, "PARTNERS", List.of())).post("/api/v1/risks").then().statusCode(201);

        as("coordinator").get("/api/v1/risks/heat-map?roadmap=" + roadmapId).then().statusCode(200)
                .body("total", equalTo(3)).body("cells.size()", equalTo(25))
                .body("cells.find { it.likelihood == 5 && it.impact == 5 }.count", equalTo(1))
                .body("cells.find { it.likelihood == 3 && it.impact == 4 }.count", equalTo(2));
        as("donor").get("/api/v1/risks/heat-map?roadmap=" + roadmapId).then()
                .body("total", equalTo(1))
                .body("cells.find { it.likelihood == 5 && it.impact == 5 }.count", equalTo(0))
                .body("cells.find { it.likelihood == 3 && it.impact == 4 }.count", equalTo(1));
        as("donor").get("/api/v1/risks?roadmap=" + roadmapId).then().body("total", equalTo(1))
                // the restricted measure linked to the public risk is not named to the donor
                .body("items[0].measures.code", contains("DOC-02"));
        given().auth().oauth2(Tokens.partner()).get("/api/v1/risks?roadmap=" + roadmapId).then().body("total", equalTo(2));
    }

    @Test
    void aHiddenRiskAnswers404AndRescoringIsAudited() {
        long id = as("coordinator").contentType(ContentType.JSON).body(risk("CLEARANCE_INCONSISTENCY", 2, 2, null, List.of()))
                .post("/api/v1/risks").then().statusCode(201).extract().jsonPath().getLong("id");
        as("lead-doc").get("/api/v1/risks/" + id).then().statusCode(404);
        String etag = as("coordinator").get("/api/v1/risks/" + id).then().extract().header("ETag");
        as("coordinator").contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("likelihood", 5, "status", "MATERIALISED"))
                .patch("/api/v1/risks/" + id).then().statusCode(200).body("score", equalTo(10)).body("status", equalTo("MATERIALISED"));
        as("coordinator").contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("likelihood", 1))
                .patch("/api/v1/risks/" + id).then().statusCode(412);
        as("coordinator").get("/api/v1/audit-events?entityType=risk&entityId=" + id).then()
                .body("items.action", contains("UPDATE", "CREATE")).body("items[0].after.score", equalTo(10));
        as("donor").contentType(ContentType.JSON).body(risk("FUNDING_SHORTFALL", 1, 1, null, List.of()))
                .post("/api/v1/risks").then().statusCode(403);
        as("donor").get("/api/v1/risks?roadmap=" + roadmapId + "&category=CLEARANCE_INCONSISTENCY").then().body("items", empty());
    }

    private Map<String, Object> risk(String category, int likelihood, int impact, String visibility, List<Long> measures) {
        Map<String, Object> body = new HashMap<>(Map.of("roadmapId", roadmapId, "kind", "RISK", "category", category,
                "title", text("Risk " + category, "خطر " + category), "likelihood", likelihood, "impact", impact, "measureIds", measures,
                "mitigation", text("Mitigation", "التخفيف")));
        if (visibility != null) {
            body.put("visibility", visibility);
        }
        return body;
    }

    private static long measure(long pillar, long lead, String code, String visibility) {
        return as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("pillarId", pillar, "code", code, "visibility", visibility, "title", text("Measure " + code, "إجراء " + code),
                        "type", "OPERATIONAL", "level", "NATIONAL", "phase", "PILOT",
                        "responsibilities", List.of(Map.of("stakeholderId", lead, "role", "LEAD"))))
                .post("/api/v1/measures").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
