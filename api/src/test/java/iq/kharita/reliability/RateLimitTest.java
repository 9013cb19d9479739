package iq.kharita.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import iq.kharita.demo.DemoDataLoader;
import iq.kharita.testing.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** A caller who hammers a computed view gets 429 problems with Retry-After; other callers and plain reads go on. */
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
        demo.load();
        String donor = Tokens.of("donor");
        long roadmap = given().auth().oauth2(donor).get("/api/v1/roadmaps").then().extract().jsonPath().getLong("items[0].id");
        int limited = 0;
        for (int i = 0; i < 12; i++) {
            int status = given().auth().oauth2(donor).get("/api/v1/progress?roadmap=" + roadmap).statusCode();
            if (status == 429) {
                limited++;
            }
        }
        assertThat(limited).as("calls over the burst of 5").isGreaterThanOrEqualTo(6);
        given().auth().oauth2(donor).get("/api/v1/funding?roadmap=" + roadmap).then().statusCode(429)
                .contentType("application/problem+json").header("Retry-After", "1")
                .body("type", equalTo("https://kharita.iq/problems/too-many-requests"));
        given().auth().oauth2(donor).get("/api/v1/measures").then().statusCode(200);
        given().auth().oauth2(Tokens.of("secretariat")).get("/api/v1/progress?roadmap=" + roadmap).then().statusCode(200);
    }
}
