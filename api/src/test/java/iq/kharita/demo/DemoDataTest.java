package iq.kharita.demo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import iq.kharita.common.security.Roles;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class DemoDataTest {

    @Inject
    DemoDataLoader loader;

    long roadmapId;

    @BeforeEach
    void loadOnce() {
        loader.load();
        roadmapId = given().when().get("/api/v1/roadmaps?size=200").then().extract().jsonPath()
                .getLong("items.find { it.code == '" + DemoDataLoader.ROADMAP_CODE + "' }.id");
    }

    @Test
    void loadsOnlyOnce() {
        assertThat(loader.load()).as("second load").isFalse();
        given().when().get("/api/v1/measures?roadmap=" + roadmapId + "&size=1").then().body("total", equalTo(35));
    }

    @Test
    void servesTheDocumentationPillarInBothLanguages() {
        given().when().get("/api/v1/measures?roadmap=" + roadmapId + "&pillar=DOC&sort=code").then().statusCode(200)
                .body("items.code", contains("DOC-01", "DOC-02", "DOC-03", "DOC-04", "DOC-05"))
                .body("items.title.en", everyItem(notNullValue()))
                .body("items.title.ar", everyItem(matchesPattern(".*[\\u0600-\\u06FF].*")))
                .body("items.lead.abbreviation", contains("ONSA", "NSS", "HJC", "MoI-CA", "IHCHR"));
    }

    @Test
    void hasSevenPillarsWorkingGroupsAndPilotPlaces() {
        given().when().get("/api/v1/pillars?roadmap=" + roadmapId).then()
                .body("code", contains("GOV", "DOC", "LEG", "HLP", "PSY", "SOC", "COM"));
        given().when().get("/api/v1/working-groups?roadmap=" + roadmapId).then().body("total", equalTo(5));
        given().when().get("/api/v1/measures?roadmap=" + roadmapId + "&location=IQG16Q02&size=100").then()
                .body("items.code", hasItem("DOC-04"));
        given().when().get("/api/v1/measures?roadmap=" + roadmapId + "&workingGroup=0").then().body("total", equalTo(0));
        given().when().get("/api/v1/stakeholders?q=CCPC").then().body("items[0].name.ar", equalTo("لجنة التعايش والسلم المجتمعي"));
    }

    @Test
    void carriesActionsSupportRisksIndicatorsSequenceAndLessons() {
        // other tests add actions to the demo roadmap too: look for the demo's own
        given().when().get("/api/v1/actions?workingGroup=" + group("WG-DOC") + "&size=200").then()
                .body("items.title.en", hasItem("Schedule mobile civil-affairs missions at Jeddah 1 for December"))
                .body("items.find { it.title.en.startsWith('Schedule mobile') }.tracking.createdBy", equalTo("demo-loader"));
        given().when().get("/api/v1/risks?roadmap=" + roadmapId + "&size=100").then().body("total", equalTo(12))
                .body("items[0].score", equalTo(16));
        given().when().get("/api/v1/indicators?roadmap=" + roadmapId + "&q=IND-&size=200").then()
                .body("items.code", hasItem("IND-COM-05")).body("total", greaterThanOrEqualTo(35));
        given().when().get("/api/v1/indicators?roadmap=" + roadmapId + "&q=IND-DOC-02").then()
                .body("items[0].latest.value", equalTo(75.0f)).body("items[0].progress", equalTo(25));
        // indicators are searched like the other registers: Arabic folded (الامني finds الأمني), words in any order
        given().when().get("/api/v1/indicators?roadmap=" + roadmapId + "&q=الامني التدقيق").then()
                .body("items.code", hasItem("IND-DOC-02"));
        given().when().get("/api/v1/funding?roadmap=" + roadmapId).then()
                .body("total[0].currency", equalTo("USD")).body("total[0].needs", equalTo(10));
        given().when().get("/api/v1/sequence?roadmap=" + roadmapId).then()
                .body("measures.find { it.code == 'GOV-02' }.blockedBy", contains("GOV-01"))
                .body("measures.find { it.code == 'DOC-05' }.blocked", equalTo(true));
        given().when().get("/api/v1/lessons?roadmap=" + roadmapId + "&status=PUBLISHED&size=200").then()
                .body("items.title.en", hasItem("Shuttle mediation by local reconciliation committees in Shirqat"));
        given().when().get("/api/v1/audit-events?entityType=measure&size=1").then().body("items[0].actor", notNullValue());
    }

    private long group(String code) {
        return given().when().get("/api/v1/working-groups?roadmap=" + roadmapId).then().extract().jsonPath()
                .getLong("items.find { it.code == '" + code + "' }.id");
    }
}
