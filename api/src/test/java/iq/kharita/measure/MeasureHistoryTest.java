package iq.kharita.measure;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import iq.kharita.common.security.Roles;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.etag;
import static iq.kharita.testing.Fixtures.measure;
import static iq.kharita.testing.Fixtures.measureBody;
import static iq.kharita.testing.Fixtures.pillar;
import static iq.kharita.testing.Fixtures.roadmap;
import static iq.kharita.testing.Fixtures.stakeholder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class MeasureHistoryTest {

    @Test
    void eachStatusChangeGoesOnTheTimelineWithItsNoteAndEvidence() throws InterruptedException {
        long id = measure(measureBody(pillar(roadmap(), "DOC", 1), "DOC-02", stakeholder()));
        String path = "/api/v1/measures/" + id;
        given().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(Map.of("status", "IN_PROGRESS", "progress", 20, "note", "Work started with NSS"))
                .patch(path).then().statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(Map.of("status", "DELAYED", "note", "تأجل القرار إلى كانون الثاني", "evidenceUrl", "https://docs.example.iq/minutes/12"))
                .patch(path).then().statusCode(200);
        // a note alone, without a change, is a timeline entry too
        given().contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("note", "Follow-up call held"))
                .patch(path).then().statusCode(200);

        given().get("/api/v1/status-updates?measure=" + id).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.note", contains("Follow-up call held", "تأجل القرار إلى كانون الثاني", "Work started with NSS"))
                .body("items[1].fromStatus", equalTo("IN_PROGRESS"))
                .body("items[1].toStatus", equalTo("DELAYED"))
                .body("items[1].evidenceUrl", equalTo("https://docs.example.iq/minutes/12"))
                .body("items[2].fromProgress", equalTo(0))
                .body("items[2].toProgress", equalTo(20))
                .body("items[0].actor", equalTo("coordinator"));
    }

    @Test
    void refusesAChangeWithoutANoteAndAnEvidenceLinkThatIsNotOne() {
        long id = measure(measureBody(pillar(roadmap(), "DOC", 1), "DOC-03", stakeholder()));
        String path = "/api/v1/measures/" + id;
        given().contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("progress", 10))
                .patch(path).then().statusCode(400).body("violations.field", contains("note"));
        given().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(Map.of("progress", 10, "note", "x", "evidenceUrl", "javascript:alert(1)"))
                .patch(path).then().statusCode(400).body("violations.field", contains("evidenceUrl"));
        given().get("/api/v1/status-updates?measure=" + id).then().body("total", equalTo(0));
    }

    @Test
    void readsAMeasureAsItStoodAtAPastMoment() throws InterruptedException {
        long id = measure(measureBody(pillar(roadmap(), "DOC", 1), "DOC-04", stakeholder()));
        String path = "/api/v1/measures/" + id;
        Thread.sleep(20);
        Instant beforeChange = Instant.now();
        Thread.sleep(20);
        given().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(Map.of("status", "COMPLETED", "progress", 100, "note", "Decision issued"))
                .patch(path).then().statusCode(200);

        given().get(path + "?asOf=" + beforeChange).then().statusCode(200)
                .body("status", equalTo("PROPOSED")).body("progress", equalTo(0)).body("code", equalTo("DOC-04"));
        given().get(path + "?asOf=" + Instant.now()).then().statusCode(200).body("status", equalTo("COMPLETED"));
        given().get(path + "?asOf=2000-01-01T00:00:00Z").then().statusCode(404).contentType("application/problem+json");
        given().get(path + "?asOf=last-week").then().statusCode(400).body("violations[0].field", equalTo("asOf"));
    }

    @Test
    void aMeasureWithActionsCannotBeDeletedUntilTheyAreGone() {
        long lead = stakeholder();
        long id = measure(measureBody(pillar(roadmap(), "DOC", 1), "DOC-05", lead));
        long action = given().contentType(ContentType.JSON)
                .body(Map.of("measureId", id, "title", Map.of("en", "Draft the SOP", "ar", "صياغة الإجراءات"), "assigneeStakeholderId", lead))
                .post("/api/v1/actions").then().statusCode(201).extract().jsonPath().getLong("id");
        given().header("If-Match", etag("/api/v1/measures/" + id)).delete("/api/v1/measures/" + id).then().statusCode(409);
        given().header("If-Match", etag("/api/v1/actions/" + action)).delete("/api/v1/actions/" + action).then().statusCode(204);
        given().header("If-Match", etag("/api/v1/measures/" + id)).delete("/api/v1/measures/" + id).then().statusCode(204);
    }
}
