package iq.kharita.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import iq.kharita.demo.DemoDataLoader;
import iq.kharita.testing.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A caller who hammers a computed view gets 429 problems with Retry-After; other callers and plain reads go on. The
 * board and the progress summary count only when they must be built again: asking for an unchanged one is never refused.
 */
@QuarkusTest
@TestProfile(RateLimitTest.Strict.class)
class RateLimitTest {

    public static class Strict implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kharita.limits.expensive-per-second", "0.5", "kharita.limits.expensive-burst", "5");
        }
    }

    @Inject
    DemoDataLoader demo;

    @Test
    void computedViewsAreBoundedPerCaller() {
        long roadmap = demoRoadmap();
        String donor = Tokens.of("donor");
        int limited = 0;
        for (int i = 0; i < 12; i++) {
            int status = given().auth().oauth2(donor).get("/api/v1/funding?roadmap=" + roadmap).statusCode();
            if (status == 429) {
                limited++;
            }
        }
        assertThat(limited).as("calls over the burst of 5").isGreaterThanOrEqualTo(6);
        given().auth().oauth2(donor).get("/api/v1/sequence?roadmap=" + roadmap).then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", "1")
                .body("type", equalTo("https://kharita.iq/problems/too-many-requests"));
        given().auth().oauth2(donor).get("/api/v1/measures").then().statusCode(200);
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/funding?roadmap=" + roadmap).then().statusCode(200);
    }

    @Test
    void anUnchangedBoardIsAnsweredHoweverOftenItIsAskedFor() {
        long roadmap = demoRoadmap();
        String lead = Tokens.of("lead-doc");
        for (int i = 0; i < 15; i++) {
            given().auth().oauth2(lead).get("/api/v1/board?roadmap=" + roadmap).then().statusCode(200);
            given().auth().oauth2(lead).get("/api/v1/progress?roadmap=" + roadmap).then().statusCode(200);
        }
    }

    @Test
    void eachNewBuildOfTheBoardCountsAndARefusalIsTheCallersOwn() {
        long roadmap = demoRoadmap();
        String reader = Tokens.of("focal-moi");
        String writer = Tokens.of("coordinator");
        long measure = given().auth().oauth2(writer).get("/api/v1/measures?roadmap=" + roadmap + "&status=IN_PROGRESS&size=1")
                .then().statusCode(200).extract().jsonPath().getLong("items[0].id");
        String path = "/api/v1/measures/" + measure;
        List<Response> boards = new ArrayList<>();
        // twelve builds within seconds against a burst of 5 refilled at 0.5 a second
        for (int i = 0; i < 12; i++) {
            String etag = given().auth().oauth2(writer).get(path).then().statusCode(200).extract().header("ETag");
            given().auth().oauth2(writer).contentType(ContentType.JSON).header("If-Match", etag)
                    .body(Map.of("status", i % 2 == 0 ? "DELAYED" : "IN_PROGRESS", "note", "Change " + i + " so that the board is built again"))
                    .patch(path).then().statusCode(200);
            boards.add(given().auth().oauth2(reader).get("/api/v1/board?roadmap=" + roadmap).then().extract().response());
        }
        List<Response> refused = boards.stream().filter(board -> board.statusCode() == 429).toList();
        assertThat(refused).as("builds over the burst of 5").isNotEmpty();
        assertThat(refused.get(0).header("Retry-After")).isEqualTo("1");
        assertThat(refused.get(0).contentType()).startsWith("application/problem+json");
        assertThat(refused.get(0).jsonPath().getString("type")).isEqualTo("https://kharita.iq/problems/too-many-requests");
        // the refused caller built nothing; the next reader builds the board and gets it
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/board?roadmap=" + roadmap).then().statusCode(200);
    }

    private long demoRoadmap() {
        demo.load();
        return given().auth().oauth2(Tokens.of("coordinator")).get("/api/v1/roadmaps").then().extract().jsonPath().getLong("items[0].id");
    }
}
