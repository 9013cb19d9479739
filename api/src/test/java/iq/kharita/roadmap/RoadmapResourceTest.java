package iq.kharita.roadmap;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import iq.kharita.common.security.Roles;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.etag;
import static iq.kharita.testing.Fixtures.pillar;
import static iq.kharita.testing.Fixtures.stakeholder;
import static iq.kharita.testing.Fixtures.text;
import static iq.kharita.testing.Fixtures.unique;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class RoadmapResourceTest {

    @Test
    void startsAsADraftAndMovesThroughItsLifecycle() {
        long owner = stakeholder();
        String code = unique("NRM");
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("code", code, "title", text("National Roadmap", "خارطة الطريق الوطنية"), "versionLabel", "v0.9", "ownerStakeholderId", owner))
                .when().post("/api/v1/roadmaps")
                .then().statusCode(201).body("status", equalTo("DRAFT")).body("owner.id", equalTo((int) owner))
                .extract().jsonPath().getLong("id");
        String path = "/api/v1/roadmaps/" + id;

        given().contentType(ContentType.JSON).header("If-Match", etag(path))
                .body(Map.of("status", "VALIDATED", "versionLabel", "v1.0"))
                .when().patch(path)
                .then().statusCode(200).body("status", equalTo("VALIDATED")).body("versionLabel", equalTo("v1.0"))
                .body("title.ar", equalTo("خارطة الطريق الوطنية"));
        given().when().get("/api/v1/roadmaps?status=VALIDATED&size=200").then().body("items.code", hasItem(code));
    }

    @Test
    void refusesInvalidRoadmaps() {
        given().contentType(ContentType.JSON)
                .body(Map.of("code", "N R M", "title", text("x", "س"), "versionLabel", "", "ownerStakeholderId", 987654321))
                .when().post("/api/v1/roadmaps")
                .then().statusCode(400).body("violations.field", containsInAnyOrder("code", "versionLabel"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", unique("NRM"), "title", text("x", "س"), "versionLabel", "v1", "ownerStakeholderId", 987654321))
                .when().post("/api/v1/roadmaps")
                .then().statusCode(400).body("violations[0].field", equalTo("ownerStakeholderId"));
        given().contentType(ContentType.JSON)
                .body(Map.of("code", unique("NRM"), "title", text("x", "س"), "versionLabel", "v1", "ownerStakeholderId", stakeholder(), "status", "ARCHIVED"))
                .when().post("/api/v1/roadmaps")
                .then().statusCode(400).body("violations[0].field", equalTo("status"));
    }

    @Test
    void refusesToDeleteARoadmapWithPillars() {
        long id = given().contentType(ContentType.JSON)
                .body(Map.of("code", unique("NRM"), "title", text("x", "س"), "versionLabel", "v1", "ownerStakeholderId", stakeholder()))
                .when().post("/api/v1/roadmaps").then().statusCode(201).extract().jsonPath().getLong("id");
        long pillarId = pillar(id, "GOV", 1);
        String path = "/api/v1/roadmaps/" + id;
        given().header("If-Match", etag(path)).when().delete(path).then().statusCode(409).body("detail", containsString("1 pillar"));

        given().header("If-Match", etag("/api/v1/pillars/" + pillarId)).when().delete("/api/v1/pillars/" + pillarId).then().statusCode(204);
        given().header("If-Match", etag(path)).when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404);
    }
}
