package iq.kharita.sequence;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import iq.kharita.common.security.Roles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.etag;
import static iq.kharita.testing.Fixtures.measure;
import static iq.kharita.testing.Fixtures.measureBody;
import static iq.kharita.testing.Fixtures.pillar;
import static iq.kharita.testing.Fixtures.roadmap;
import static iq.kharita.testing.Fixtures.stakeholder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A known graph, dated in 2030 so that today's date plays no part:
 * A (completed) ← B (in progress, due 25 Jan, 5 days late for C) ← C; A ← D (short); C and D ← E.
 */
@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class SequenceTest {

    long roadmapId;
    long pillarId;
    long lead;
    long a, b, c, d, e;

    @BeforeEach
    void graph() {
        roadmapId = roadmap();
        pillarId = pillar(roadmapId, "SEQ", 1);
        lead = stakeholder();
        a = dated("SEQ-A", "COMPLETED", "2030-01-01", "2030-01-10");
        b = dated("SEQ-B", "IN_PROGRESS", "2030-01-11", "2030-01-25");
        c = dated("SEQ-C", "NOT_STARTED", "2030-01-21", "2030-01-31");
        d = dated("SEQ-D", "NOT_STARTED", "2030-01-11", "2030-01-15");
        e = dated("SEQ-E", "PROPOSED", "2030-02-01", "2030-02-10");
        waits(b, a);
        waits(c, b);
        waits(d, a);
        waits(e, c);
        waits(e, d);
    }

    @Test
    void answersBlockedReadyCriticalPathAndProjectedDates() {
        given().get("/api/v1/sequence?roadmap=" + roadmapId).then().statusCode(200)
                // A is completed: what remains to do runs B, C, E
                .body("criticalPath", contains("SEQ-B", "SEQ-C", "SEQ-E"))
                .body("projectedEnd", equalTo("2030-02-15"))
                .body("measures.find { it.code == 'SEQ-D' }.ready", equalTo(true))
                .body("measures.find { it.code == 'SEQ-D' }.blocked", equalTo(false))
                .body("measures.find { it.code == 'SEQ-D' }.critical", equalTo(false))
                .body("measures.find { it.code == 'SEQ-C' }.blocked", equalTo(true))
                .body("measures.find { it.code == 'SEQ-C' }.blockedBy", contains("SEQ-B"))
                // B ends 25 Jan, so C starts 26 Jan instead of 21 and keeps its 10 days: 5 days late
                .body("measures.find { it.code == 'SEQ-C' }.projectedStart", equalTo("2030-01-26"))
                .body("measures.find { it.code == 'SEQ-C' }.projectedEnd", equalTo("2030-02-05"))
                .body("measures.find { it.code == 'SEQ-C' }.slipDays", equalTo(5))
                .body("measures.find { it.code == 'SEQ-E' }.projectedStart", equalTo("2030-02-06"))
                .body("measures.find { it.code == 'SEQ-E' }.slipDays", equalTo(5))
                .body("measures.find { it.code == 'SEQ-E' }.blockedBy", contains("SEQ-C", "SEQ-D"))
                .body("measures.find { it.code == 'SEQ-B' }.blocked", equalTo(false));
    }

    @Test
    void refusesACycleNamingIt() {
        given().contentType(ContentType.JSON).body(Map.of("measureId", a, "predecessorId", e))
                .post("/api/v1/dependencies")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("SEQ-A → SEQ-E → SEQ-D → SEQ-A"));
        given().contentType(ContentType.JSON).body(Map.of("measureId", a, "predecessorId", a))
                .post("/api/v1/dependencies").then().statusCode(400).body("violations[0].field", equalTo("predecessorId"));
        given().contentType(ContentType.JSON).body(Map.of("measureId", c, "predecessorId", b))
                .post("/api/v1/dependencies").then().statusCode(409);
    }

    @Test
    void waitsUntilAPredecessorReachesAStatus() {
        long f = dated("SEQ-F", "NOT_STARTED", "2030-03-01", "2030-03-05");
        given().contentType(ContentType.JSON).body(Map.of("measureId", f, "predecessorId", d, "kind", "UNTIL_STATUS"))
                .post("/api/v1/dependencies").then().statusCode(400).body("violations[0].field", equalTo("requiredStatus"));
        given().contentType(ContentType.JSON)
                .body(Map.of("measureId", f, "predecessorId", d, "kind", "UNTIL_STATUS", "requiredStatus", "IN_PROGRESS"))
                .post("/api/v1/dependencies").then().statusCode(201).body("satisfied", equalTo(false));
        given().get("/api/v1/sequence?roadmap=" + roadmapId).then()
                .body("measures.find { it.code == 'SEQ-F' }.blocked", equalTo(true));
        given().contentType(ContentType.JSON).header("If-Match", etag("/api/v1/measures/" + d))
                .body(Map.of("status", "IN_PROGRESS", "note", "Started")).patch("/api/v1/measures/" + d).then().statusCode(200);
        given().get("/api/v1/sequence?roadmap=" + roadmapId).then()
                .body("measures.find { it.code == 'SEQ-F' }.blocked", equalTo(false))
                .body("measures.find { it.code == 'SEQ-F' }.ready", equalTo(true));
        given().get("/api/v1/dependencies?measure=" + f).then().body("[0].predecessor.code", equalTo("SEQ-D")).body("[0].satisfied", equalTo(true));
    }

    @Test
    void aMeasureOthersWaitForCannotBeDeleted() {
        given().header("If-Match", etag("/api/v1/measures/" + a)).delete("/api/v1/measures/" + a)
                .then().statusCode(409).body("detail", containsString("dependenc"));
    }

    @Test
    void dependenciesStayInsideOneRoadmap() {
        long other = measure(measureBody(pillar(roadmap(), "OTH", 1), "OTH-1", lead));
        given().contentType(ContentType.JSON).body(Map.of("measureId", a, "predecessorId", other))
                .post("/api/v1/dependencies").then().statusCode(400).body("violations[0].field", equalTo("predecessorId"));
    }

    private long dated(String code, String status, String start, String due) {
        Map<String, Object> body = new HashMap<>(measureBody(pillarId, code, lead));
        body.put("status", status);
        body.put("startDate", start);
        body.put("dueDate", due);
        return measure(body);
    }

    private static void waits(long measure, long predecessor) {
        given().contentType(ContentType.JSON).body(Map.of("measureId", measure, "predecessorId", predecessor))
                .post("/api/v1/dependencies").then().statusCode(201);
    }
}
