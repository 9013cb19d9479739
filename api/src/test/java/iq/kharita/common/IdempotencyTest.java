package iq.kharita.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import iq.kharita.common.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.text;
import static iq.kharita.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@TestSecurity(user = "secretariat", roles = Roles.CCPC_STAFF)
class IdempotencyTest {

    @Test
    void aRetriedCreateReturnsTheFirstResultInsteadOfADuplicate() {
        String key = UUID.randomUUID().toString();
        String abbreviation = unique("IDEM");
        Response first = create(key, abbreviation);
        first.then().statusCode(201);
        Response retry = create(key, abbreviation);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location")).header("ETag", first.header("ETag"))
                .body("id", equalTo(first.jsonPath().getInt("id")));
        given().get("/api/v1/stakeholders?q=" + abbreviation).then().body("total", equalTo(1));
        given().get("/api/v1/audit-events?entityType=stakeholder&entityId=" + first.jsonPath().getInt("id")).then().body("total", equalTo(1));
    }

    @Test
    void aFailedFirstAttemptFreesTheKeyForACorrectedRetry() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("abbreviation", "no good!", "name", text("x", "س"), "type", "NGO"))
                .post("/api/v1/stakeholders").then().statusCode(400);
        create(key, unique("IDEM")).then().statusCode(201).header("Idempotent-Replayed", (String) null);
    }

    @Test
    void aKeyBelongsToOneRequest() {
        String key = UUID.randomUUID().toString();
        create(key, unique("IDEM")).then().statusCode(201);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("roadmapId", 1, "code", "X", "name", text("x", "س"), "order", 1))
                .post("/api/v1/pillars").then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).header("Idempotency-Key", "short")
                .body(Map.of()).post("/api/v1/stakeholders").then().statusCode(400).body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void concurrentRetriesCreateOneItem() throws Exception {
        String key = UUID.randomUUID().toString();
        String abbreviation = unique("IDEM");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> create(key, abbreviation).statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : pool.invokeAll(calls)) {
                statuses.add(future.get());
            }
            assertThat(statuses).allMatch(status -> status == 201 || status == 409);
        } finally {
            pool.shutdown();
        }
        given().get("/api/v1/stakeholders?q=" + abbreviation).then().body("total", equalTo(1));
    }

    private static Response create(String key, String abbreviation) {
        return given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Map.of("abbreviation", abbreviation, "name", text("Institution " + abbreviation, "مؤسسة"), "type", "NGO"))
                .post("/api/v1/stakeholders");
    }
}
