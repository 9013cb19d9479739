package iq.kharita.security;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import iq.kharita.demo.DemoDataLoader;
import iq.kharita.testing.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Object-level rows of the authorization matrix, on the demo roadmap: lead-doc leads WG-DOC (pillar DOC),
 * lead-psy leads WG-PSY (pillar PSY). A lead changes the status and progress of their own group's measures only.
 */
@QuarkusTest
class ObjectLevelAccessTest {

    @Inject
    DemoDataLoader demo;

    long roadmapId;

    @BeforeEach
    void demoRoadmap() {
        demo.load();
        roadmapId = given().auth().oauth2(Tokens.of("coordinator")).get("/api/v1/roadmaps?size=200").then().extract().jsonPath()
                .getLong("items.find { it.code == '" + DemoDataLoader.ROADMAP_CODE + "' }.id");
    }

    @Test
    void aLeadChangesTheStatusOfTheirOwnGroupsMeasure() {
        long id = measureId("DOC-04");
        String etag = etag(id);
        given().auth().oauth2(Tokens.of("lead-doc")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("status", "DELAYED", "progress", 55, "note", "Civil affairs missions paused for the elections"))
                .patch("/api/v1/measures/" + id)
                .then().statusCode(200).body("status", equalTo("DELAYED")).body("tracking.updatedBy", equalTo("lead-doc"));
    }

    @Test
    void aLeadCannotTouchAnotherGroupsMeasure() {
        long psy = measureId("PSY-01");
        given().auth().oauth2(Tokens.of("lead-doc")).contentType(ContentType.JSON).header("If-Match", etag(psy))
                .body(Map.of("status", "DELAYED"))
                .patch("/api/v1/measures/" + psy)
                .then().statusCode(403).contentType("application/problem+json").body("detail", containsString("PSY-01"));
        long doc = measureId("DOC-04");
        given().auth().oauth2(Tokens.of("lead-psy")).contentType(ContentType.JSON).header("If-Match", etag(doc))
                .body(Map.of("status", "DELAYED"))
                .patch("/api/v1/measures/" + doc)
                .then().statusCode(403);
    }

    @Test
    void aLeadCannotRewriteTheMeasureItself() {
        long id = measureId("DOC-05");
        given().auth().oauth2(Tokens.of("lead-doc")).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("title", Map.of("en", "Renamed", "ar", "إعادة تسمية")))
                .patch("/api/v1/measures/" + id)
                .then().statusCode(403);
    }

    @Test
    void aFocalPointOfTheGroupCannotChangeMeasures() {
        long id = measureId("DOC-04");
        given().auth().oauth2(Tokens.of("focal-moi")).contentType(ContentType.JSON).header("If-Match", etag(id))
                .body(Map.of("progress", 60))
                .patch("/api/v1/measures/" + id)
                .then().statusCode(403);
    }

    @Test
    void onlyTheCoordinatorMovesTheRoadmapThroughItsLifecycle() {
        String path = "/api/v1/roadmaps/" + roadmapId;
        String etag = given().auth().oauth2(Tokens.of("secretariat")).get(path).then().extract().header("ETag");
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("status", "VALIDATED")).patch(path).then().statusCode(403);
        given().auth().oauth2(Tokens.of("secretariat")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("versionLabel", "v0.9.1")).patch(path).then().statusCode(200);
        String next = given().auth().oauth2(Tokens.of("coordinator")).get(path).then().extract().header("ETag");
        given().auth().oauth2(Tokens.of("coordinator")).contentType(ContentType.JSON).header("If-Match", next)
                .body(Map.of("status", "IN_CONSULTATION")).patch(path).then().statusCode(200);
    }

    private long measureId(String code) {
        return given().auth().oauth2(Tokens.of("coordinator"))
                .get("/api/v1/measures?roadmap=" + roadmapId + "&q=" + code)
                .then().statusCode(200).extract().jsonPath().getLong("items.find { it.code == '" + code + "' }.id");
    }

    private static String etag(long id) {
        return given().auth().oauth2(Tokens.of("coordinator")).get("/api/v1/measures/" + id).then().extract().header("ETag");
    }
}
