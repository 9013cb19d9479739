package iq.kharita.reliability;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import iq.kharita.common.security.Roles;
import iq.kharita.testing.PostgresResource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.measure;
import static iq.kharita.testing.Fixtures.measureBody;
import static iq.kharita.testing.Fixtures.pillar;
import static iq.kharita.testing.Fixtures.roadmap;
import static iq.kharita.testing.Fixtures.stakeholder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * PostgreSQL stops and starts again: meanwhile the API answers 503 problems quickly (no hang, no 500), then recovers
 * by itself, and nothing it acknowledged before the stop is missing.
 */
@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class DatabaseOutageTest {

    @Test
    void answers503DuringAnOutageAndRecoversByItselfWithNothingLost() throws Exception {
        long id = measure(measureBody(pillar(roadmap(), "DOC", 1), "DOC-77", stakeholder()));
        String path = "/api/v1/measures/" + id;

        PostgresResource.stopDatabase();
        try {
            long started = System.nanoTime();
            given().get(path).then().statusCode(503).contentType("application/problem+json")
                    .body("type", equalTo("https://kharita.iq/problems/service-unavailable"));
            given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("progress", 5, "note", "during the outage"))
                    .patch(path).then().statusCode(503);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).as("answers during the outage").isLessThan(Duration.ofSeconds(20));
        } finally {
            PostgresResource.startDatabase();
        }

        long restarted = System.nanoTime();
        int status = 0;
        while (Duration.ofNanos(System.nanoTime() - restarted).toSeconds() < 30) {
            status = given().get(path).statusCode();
            if (status == 200) {
                break;
            }
            Thread.sleep(250);
        }
        assertThat(status).as("recovered by itself").isEqualTo(200);
        System.out.printf("Database outage: recovered %d ms after PostgreSQL was back%n", Duration.ofNanos(System.nanoTime() - restarted).toMillis());
        given().get(path).then().body("code", equalTo("DOC-77")).body("progress", equalTo(0));
        given().get("/q/health/ready").then().statusCode(200);
    }
}
