package iq.kharita.support;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Two pillars. DOC-1 (public) needs 100,000 USD training (pledged 30,000 + 20,000 withdrawn) and 50,000 USD of IT
 * (over-pledged: 80,000); LEG-1 (public) needs 10,000 EUR of legal drafting; SEC-1 (restricted) needs 40,000 USD.
 */
@QuarkusTest
class FundingGapTest {

    long roadmapId;
    long donor;
    long training;
    long withdrawn;

    @BeforeEach
    void needsAndPledges() {
        long owner = stakeholder("SECURITY");
        donor = stakeholder("DONOR");
        roadmapId = as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("code", unique("FUN"), "title", text("Funding", "التمويل"), "versionLabel", "v1", "ownerStakeholderId", owner))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().jsonPath().getLong("id");
        long doc = pillar("DOC", 1);
        long leg = pillar("LEG", 2);
        long doc1 = measure(doc, owner, "DOC-1", "PUBLIC");
        long leg1 = measure(leg, owner, "LEG-1", "PUBLIC");
        long sec1 = measure(doc, owner, "SEC-1", "RESTRICTED");

        training = need(doc1, owner, "TRAINING", 100_000, "USD");
        pledge(training, 30_000, "USD");
        withdrawn = pledge(training, 20_000, "USD");
        long it = need(doc1, owner, "IT_SYSTEMS", 50_000, "USD");
        pledge(it, 80_000, "USD");
        need(leg1, owner, "LEGAL_DRAFTING", 10_000, "EUR");
        need(sec1, owner, "EQUIPMENT", 40_000, "USD");

        String etag = as("coordinator").get("/api/v1/support-needs/" + training).then().extract().jsonPath()
                .getString("pledges.find { it.id == " + withdrawn + " }.tracking.version");
        as("coordinator").contentType(ContentType.JSON).header("If-Match", "\"" + etag + "\"").body(Map.of("status", "WITHDRAWN"))
                .patch("/api/v1/pledges/" + withdrawn).then().statusCode(200);
    }

    @Test
    void eachNeedHasItsOwnGapAndOverPledgingHidesNoOtherGap() {
        as("coordinator").get("/api/v1/support-needs/" + training).then().statusCode(200)
                .body("pledged", equalTo(30000.0f)).body("gap", equalTo(70000.0f));
        as("coordinator").get("/api/v1/funding?roadmap=" + roadmapId).then().statusCode(200)
                .body("total.currency", contains("EUR", "USD"))
                .body("total.find { it.currency == 'USD' }.estimated", equalTo(190000.0f))
                .body("total.find { it.currency == 'USD' }.pledged", equalTo(110000.0f))
                // 70,000 for training + 0 for the over-pledged IT need + 40,000 restricted: not 190,000 - 110,000
                .body("total.find { it.currency == 'USD' }.gap", equalTo(110000.0f))
                .body("total.find { it.currency == 'EUR' }.gap", equalTo(10000.0f))
                .body("byPillar.find { it.key == 'LEG' }.gap", equalTo(10000.0f))
                .body("byPillar.find { it.key == 'DOC' }.name.ar", equalTo("محور DOC"))
                .body("byType.find { it.key == 'TRAINING' }.gap", equalTo(70000.0f))
                .body("byMeasure.find { it.key == 'DOC-1' }.needs", equalTo(2));
    }

    @Test
    void aDonorsTotalsLeaveOutWhatTheyMayNotSee() {
        as("donor").get("/api/v1/funding?roadmap=" + roadmapId).then().statusCode(200)
                .body("total.find { it.currency == 'USD' }.estimated", equalTo(150000.0f))
                .body("total.find { it.currency == 'USD' }.gap", equalTo(70000.0f))
                .body("byMeasure.key", contains("DOC-1", "LEG-1"));
        as("donor").get("/api/v1/support-needs?roadmap=" + roadmapId).then().body("total", equalTo(3));
    }

    @Test
    void refusesPledgesThatDoNotAddUp() {
        Map<String, Object> body = new HashMap<>(Map.of("needId", training, "donorStakeholderId", donor, "amount", 5, "currency", "EUR"));
        as("coordinator").contentType(ContentType.JSON).body(body).post("/api/v1/pledges")
                .then().statusCode(400).body("violations[0].field", equalTo("currency")).body("violations[0].message", containsString("USD"));
        body.put("currency", "USD");
        body.put("amount", -5);
        as("coordinator").contentType(ContentType.JSON).body(body).post("/api/v1/pledges").then().statusCode(400).body("violations[0].field", equalTo("amount"));
        body.put("amount", 5);
        body.put("donorStakeholderId", stakeholder("MINISTRY"));
        as("coordinator").contentType(ContentType.JSON).body(body).post("/api/v1/pledges").then().statusCode(400)
                .body("violations[0].field", equalTo("donorStakeholderId"));
        as("donor").contentType(ContentType.JSON).body(body).post("/api/v1/pledges").then().statusCode(403);
        as("coordinator").contentType(ContentType.JSON).body(Map.of("measureId", 987654321, "type", "TRAINING",
                        "description", text("x", "س"), "requestingStakeholderId", donor, "estimatedCost", 10))
                .post("/api/v1/support-needs").then().statusCode(400);
    }

    @Test
    void aNeedWithPledgesCannotBeDeleted() {
        String etag = as("coordinator").get("/api/v1/support-needs/" + training).then().extract().header("ETag");
        as("coordinator").header("If-Match", etag).delete("/api/v1/support-needs/" + training).then().statusCode(409);
    }

    private long need(long measure, long requester, String type, long cost, String currency) {
        return as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("measureId", measure, "type", type, "description", text("Need " + type, "حاجة " + type),
                        "requestingStakeholderId", requester, "estimatedCost", cost, "currency", currency))
                .post("/api/v1/support-needs").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long pledge(long need, long amount, String currency) {
        return as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("needId", need, "donorStakeholderId", donor, "amount", amount, "currency", currency))
                .post("/api/v1/pledges").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long pillar(String code, int order) {
        return as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "code", code, "name", text("Pillar " + code, "محور " + code), "order", order))
                .post("/api/v1/pillars").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static long stakeholder(String type) {
        return as("coordinator").contentType(ContentType.JSON)
                .body(Map.of("abbreviation", unique("S"), "name", text("Institution", "مؤسسة"), "type", type))
                .post("/api/v1/stakeholders").then().statusCode(201).extract().jsonPath().getLong("id");
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
