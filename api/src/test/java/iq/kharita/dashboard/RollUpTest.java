package iq.kharita.dashboard;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import iq.kharita.testing.QueryCounter;
import iq.kharita.testing.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.text;
import static iq.kharita.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

/**
 * GOV: 100 % completed + 50 % in progress + cancelled at 10 % (left out of progress) → 75 %.
 * DOC: 20 % public + 80 % restricted → 50 % for the CCPC, 20 % for a donor, who never learns of the second.
 * Roadmap: mean over measures, not over pillars: (100 + 50 + 20 + 80) / 4 = 63 % for the CCPC.
 */
@QuarkusTest
class RollUpTest {

    long roadmapId;
    long groupId;
    long owner;
    long inProgress;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @BeforeEach
    void roadmap() {
        owner = given().auth().oauth2(Tokens.of("coordinator")).contentType(ContentType.JSON)
                .body(Map.of("abbreviation", unique("RU"), "name", text("Lead", "رائد"), "type", "MINISTRY"))
                .post("/api/v1/stakeholders").then().statusCode(201).extract().jsonPath().getLong("id");
        roadmapId = as().contentType(ContentType.JSON)
                .body(Map.of("code", unique("RU"), "title", text("Roll-up", "التجميع"), "versionLabel", "v1", "ownerStakeholderId", owner))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().jsonPath().getLong("id");
        long gov = pillar("GOV", 1);
        long doc = pillar("DOC", 2);
        groupId = as().contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "code", "WG-DOC", "name", text("Documentation", "الوثائق"), "leadStakeholderId", owner,
                        "pillarIds", List.of(doc), "memberIds", List.of()))
                .post("/api/v1/working-groups").then().statusCode(201).extract().jsonPath().getLong("id");
        measure(gov, "GOV-1", "COMPLETED", 100, "PUBLIC", null);
        inProgress = measure(gov, "GOV-2", "IN_PROGRESS", 50, "PUBLIC", null);
        measure(gov, "GOV-3", "CANCELLED", 10, "PUBLIC", null);
        long docPublic = measure(doc, "DOC-1", "IN_PROGRESS", 20, "PUBLIC", groupId);
        measure(doc, "DOC-2", "DELAYED", 80, "RESTRICTED", groupId);
        action(docPublic, LocalDate.now().minusDays(5));
        action(docPublic, LocalDate.now().plusDays(5));
    }

    @Test
    void pillarsAndTheRoadmapRollUpTheMeasuresTheReaderMaySee() {
        as().get("/api/v1/progress?roadmap=" + roadmapId).then().statusCode(200)
                .body("measures", equalTo(5))
                .body("progress", equalTo(63))
                .body("byStatus.CANCELLED", equalTo(1))
                .body("byStatus.DELAYED", equalTo(1))
                .body("pillars.pillar.code", contains("GOV", "DOC"))
                .body("pillars[0].progress", equalTo(75))
                .body("pillars[1].progress", equalTo(50));
        given().auth().oauth2(Tokens.of("donor")).get("/api/v1/progress?roadmap=" + roadmapId).then().statusCode(200)
                .body("measures", equalTo(4))
                .body("byStatus.DELAYED", equalTo(0))
                .body("pillars[1].progress", equalTo(20))
                .body("pillars[1].measures", equalTo(1));
    }

    @Test
    void aSummaryIsServedAgainUntilItsRoadmapChanges() {
        String path = "/api/v1/progress?roadmap=" + roadmapId;
        as().get(path).then().statusCode(200).body("pillars[0].progress", equalTo(75));
        long statements = QueryCounter.count(entityManagerFactory, () -> as().get(path).then().statusCode(200).body("pillars[0].progress", equalTo(75)));
        assertThat(statements).as("the roadmap's existence and revision").isEqualTo(1);

        String measure = "/api/v1/measures/" + inProgress;
        String etag = as().get(measure).then().statusCode(200).extract().header("ETag");
        as().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", "COMPLETED", "progress", 100, "note", "done"))
                .patch(measure).then().statusCode(200);
        // GOV: 100 % and 100 % completed, the cancelled one left out
        as().get(path).then().statusCode(200).body("byStatus.COMPLETED", equalTo(2)).body("pillars[0].progress", equalTo(100));
    }

    @Test
    void aDashboardHoldingTheSummaryIsToldItIsUnchangedUntilTheRoadmapChanges() {
        String path = "/api/v1/progress?roadmap=" + roadmapId;
        String held = as().get(path).then().statusCode(200).extract().header("ETag");
        as().header("If-None-Match", held).get(path).then().statusCode(304).header("ETag", held);

        String measure = "/api/v1/measures/" + inProgress;
        String etag = as().get(measure).then().statusCode(200).extract().header("ETag");
        as().contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("status", "COMPLETED", "progress", 100, "note", "done"))
                .patch(measure).then().statusCode(200);
        String changed = as().header("If-None-Match", held).get(path).then().statusCode(200)
                .body("byStatus.COMPLETED", equalTo(2)).extract().header("ETag");
        assertThat(changed).isNotEqualTo(held);
    }

    @Test
    void theWorkspaceShowsOpenActionsPerInstitutionAndWhatIsOverdue() {
        as().get("/api/v1/workspaces/" + groupId).then().statusCode(200)
                .body("measures.code", contains("DOC-1", "DOC-2"))
                .body("measures[0].openActions", equalTo(2))
                .body("institutions[0].open", equalTo(2))
                .body("institutions[0].overdue", equalTo(1))
                .body("overdueActions.size()", equalTo(1));
        given().auth().oauth2(Tokens.of("donor")).get("/api/v1/workspaces/" + groupId).then().statusCode(200)
                .body("measures.code", contains("DOC-1"));
    }

    private long pillar(String code, int order) {
        return as().contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "code", code, "name", text("Pillar " + code, "محور " + code), "order", order))
                .post("/api/v1/pillars").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private long measure(long pillar, String code, String status, int progress, String visibility, Long group) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("pillarId", pillar, "code", code, "status", status, "progress", progress,
                "visibility", visibility, "title", text("Measure " + code, "إجراء " + code), "type", "OPERATIONAL", "level", "NATIONAL",
                "phase", "PILOT", "responsibilities", List.of(Map.of("stakeholderId", owner, "role", "LEAD"))));
        if (group != null) {
            body.put("workingGroupId", group);
        }
        return as().contentType(ContentType.JSON).body(body).post("/api/v1/measures").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private void action(long measure, LocalDate due) {
        as().contentType(ContentType.JSON)
                .body(Map.of("measureId", measure, "title", text("Step", "خطوة"), "assigneeStakeholderId", owner, "dueDate", due.toString()))
                .post("/api/v1/actions").then().statusCode(201);
    }

    private static io.restassured.specification.RequestSpecification as() {
        return given().auth().oauth2(Tokens.of("coordinator"));
    }
}
