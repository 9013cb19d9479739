package iq.kharita.pillar;

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
import static iq.kharita.testing.Fixtures.text;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class PillarResourceTest {

    @Test
    void listsTheRoadmapsPillarsInTheirOrder() {
        long roadmapId = roadmap();
        pillar(roadmapId, "LEG", 3);
        pillar(roadmapId, "GOV", 1);
        pillar(roadmapId, "DOC", 2);
        given().when().get("/api/v1/pillars?roadmap=" + roadmapId).then().statusCode(200)
                .body("code", contains("GOV", "DOC", "LEG")).body("order", contains(1, 2, 3));
    }

    @Test
    void refusesInvalidPillars() {
        long roadmapId = roadmap();
        given().contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "code", "doc", "name", text("Documentation", "الوثائق"), "order", 0,
                        "description", Map.of("en", "English only")))
                .when().post("/api/v1/pillars")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("code", "order", "description.ar"));
        pillar(roadmapId, "DOC", 1);
        given().contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "code", "DOC", "name", text("Again", "مجدداً"), "order", 2))
                .when().post("/api/v1/pillars")
                .then().statusCode(409);
        given().when().get("/api/v1/pillars").then().statusCode(400).body("violations[0].field", equalTo("roadmap"));
        given().when().get("/api/v1/pillars?roadmap=987654321").then().statusCode(404);
    }

    @Test
    void renamesWithIfMatchAndRefusesToDeleteAPillarWithMeasures() {
        long roadmapId = roadmap();
        long id = pillar(roadmapId, "HLP", 4);
        String path = "/api/v1/pillars/" + id;
        given().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(Map.of("name", text("Housing, land and property", "السكن والأراضي والممتلكات")))
                .when().patch(path).then().statusCode(200).body("name.ar", equalTo("السكن والأراضي والممتلكات")).body("code", equalTo("HLP"));

        measure(measureBody(id, "HLP-01", stakeholder()));
        given().header("If-Match", etag(path)).when().delete(path).then().statusCode(409).body("detail", containsString("1 measure"));
    }
}
