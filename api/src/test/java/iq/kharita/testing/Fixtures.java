package iq.kharita.testing;

import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Named test data created through the API, each with a unique code so that tests never depend on each other. */
public final class Fixtures {

    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static Map<String, String> text(String en, String ar) {
        return Map.of("en", en, "ar", ar);
    }

    public static long stakeholder(String abbreviation, String type) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("abbreviation", abbreviation, "name", text("Institution " + abbreviation, "مؤسسة " + abbreviation), "type", type))
                .when().post("/api/v1/stakeholders")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long stakeholder() {
        return stakeholder(unique("ST"), "MINISTRY");
    }

    public static long roadmap() {
        return given().contentType(ContentType.JSON)
                .body(Map.of("code", unique("RM"), "title", text("Test roadmap", "خارطة طريق تجريبية"),
                        "versionLabel", "v1", "ownerStakeholderId", stakeholder()))
                .when().post("/api/v1/roadmaps")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static long pillar(long roadmapId, String code, int order) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "code", code, "name", text("Pillar " + code, "محور " + code), "order", order))
                .when().post("/api/v1/pillars")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A valid measure body; tests change one field at a time to check each rule. */
    public static Map<String, Object> measureBody(long pillarId, String code, long leadId) {
        return new java.util.HashMap<>(Map.of(
                "pillarId", pillarId,
                "code", code,
                "title", text("Measure " + code, "إجراء " + code),
                "type", "OPERATIONAL",
                "level", "NATIONAL",
                "phase", "PILOT",
                "responsibilities", List.of(Map.of("stakeholderId", leadId, "role", "LEAD"))));
    }

    public static long measure(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/measures")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String etag(String path) {
        return given().when().get(path).then().statusCode(200).extract().header("ETag");
    }
}
