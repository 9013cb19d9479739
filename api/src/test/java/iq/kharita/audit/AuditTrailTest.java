package iq.kharita.audit;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import iq.kharita.common.security.Roles;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

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
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class AuditTrailTest {

    @Test
    void recordsOneEventPerAcceptedWriteWithBeforeAndAfterAndNoneForARefusedOne() {
        long id = measure(measureBody(pillar(roadmap(), "DOC", 1), "DOC-02", stakeholder()));
        String path = "/api/v1/measures/" + id;
        String events = "/api/v1/audit-events?entityType=measure&entityId=" + id;
        String firstEtag = etag(path);

        given().contentType(ContentType.JSON).header("If-Match", firstEtag).body(Map.of("status", "DELAYED", "note", "Slipped"))
                .when().patch(path).then().statusCode(200);
        // refused writes leave no trace: stale version, invalid value, missing If-Match
        given().contentType(ContentType.JSON).header("If-Match", firstEtag).body(Map.of("status", "COMPLETED", "note", "Done"))
                .when().patch(path).then().statusCode(412);
        given().contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("progress", 500))
                .when().patch(path).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("progress", 5)).when().patch(path).then().statusCode(428);

        given().when().get(events).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.action", contains("UPDATE", "CREATE"))
                .body("items[0].before.status", equalTo("PROPOSED"))
                .body("items[0].after.status", equalTo("DELAYED"))
                .body("items[0].changedFields", contains("status"))
                .body("items[0].actor", notNullValue())
                .body("items[0].at", notNullValue())
                .body("items[1].before", nullValue())
                .body("items[1].after.code", equalTo("DOC-02"));

        given().header("If-Match", etag(path)).when().delete(path).then().statusCode(204);
        given().when().get(events).then().body("total", equalTo(3)).body("items[0].action", equalTo("DELETE"))
                .body("items[0].after", nullValue()).body("items[0].before.status", equalTo("DELAYED"));
    }
}
