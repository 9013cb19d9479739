package iq.kharita.lesson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import iq.kharita.demo.DemoDataLoader;
import iq.kharita.testing.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class LessonReviewTest {

    @Inject
    DemoDataLoader demo;

    long roadmapId;
    long shirqat;
    String marker;

    @BeforeEach
    void roadmap() {
        demo.load();
        roadmapId = as("coordinator").get("/api/v1/roadmaps?size=200").then().extract().jsonPath()
                .getLong("items.find { it.code == '" + DemoDataLoader.ROADMAP_CODE + "' }.id");
        shirqat = as("coordinator").get("/api/v1/locations?q=IQG16Q02&level=DISTRICT").then().extract().jsonPath().getLong("items[0].id");
        marker = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aDraftIsSubmittedByItsAuthorAndPublishedByTheCcpc() {
        long id = draft("lead-doc", "INTERNAL");
        String path = "/api/v1/lessons/" + id;
        as("lead-doc").get(path).then().statusCode(200).body("status", equalTo("DRAFT")).body("author", equalTo("lead-doc"));
        as("focal-moi").get(path).then().statusCode(404);
        as("secretariat").get(path).then().statusCode(200);

        as("lead-doc").contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("status", "SUBMITTED"))
                .patch(path).then().statusCode(200).body("status", equalTo("SUBMITTED"));
        as("lead-doc").contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("title", Map.of("en", "Changed", "ar", "تغيير")))
                .patch(path).then().statusCode(403);
        as("lead-doc").contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("status", "PUBLISHED"))
                .patch(path).then().statusCode(403);
        as("coordinator").contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("status", "PUBLISHED"))
                .patch(path).then().statusCode(200).body("status", equalTo("PUBLISHED"));

        as("focal-moi").get(path).then().statusCode(200);
        as("donor").get(path).then().statusCode(404);
        as("focal-moi").get("/api/v1/lessons?roadmap=" + roadmapId + "&q=" + marker).then().body("items.id", hasItem((int) id));
        as("coordinator").get("/api/v1/audit-events?entityType=lesson&entityId=" + id).then().body("total", equalTo(3));
    }

    @Test
    void theReviewCannotBeSkipped() {
        long id = draft("lead-doc", "PUBLIC");
        String path = "/api/v1/lessons/" + id;
        as("coordinator").contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("status", "PUBLISHED"))
                .patch(path).then().statusCode(409);
        as("donor").get("/api/v1/lessons?roadmap=" + roadmapId + "&q=" + marker).then().body("items.id", not(hasItem((int) id)));
    }

    @Test
    void publishedGoodPracticesAreFoundByPlaceAndInArabic() {
        long id = draft("secretariat", "PUBLIC");
        String path = "/api/v1/lessons/" + id;
        as("secretariat").contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("status", "SUBMITTED")).patch(path).then().statusCode(200);
        as("coordinator").contentType(ContentType.JSON).header("If-Match", etag(path)).body(Map.of("status", "PUBLISHED")).patch(path).then().statusCode(200);
        as("donor").get("/api/v1/lessons?location=IQG16&q=الوسطاء " + marker).then().statusCode(200).body("items.id", hasItem((int) id));
        as("donor").get("/api/v1/lessons?location=IQG01&q=" + marker).then().body("total", equalTo(0));
        as("donor").get("/api/v1/lessons?location=IQG99").then().statusCode(400).body("violations[0].field", equalTo("location"));
        as("donor").contentType(ContentType.JSON).body(Map.of()).post("/api/v1/lessons").then().statusCode(403);
    }

    private long draft(String user, String visibility) {
        return as(user).contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmapId, "kind", "GOOD_PRACTICE", "visibility", visibility,
                        "title", Map.of("en", "Shuttle mediation in Shirqat " + marker, "ar", "الوساطة المكوكية في الشرقاط " + marker),
                        "body", Map.of("en", "Local reconciliation committees mediated between families before returns.",
                                "ar", "توسطت لجان المصالحة المحلية بين العائلات قبل العودة، وكان الوسطاء من الشيوخ."),
                        "locationIds", List.of(shirqat)))
                .post("/api/v1/lessons").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static String etag(String path) {
        return as("coordinator").get(path).then().statusCode(200).extract().header("ETag");
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user));
    }
}
