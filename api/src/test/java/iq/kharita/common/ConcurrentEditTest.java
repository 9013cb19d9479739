package iq.kharita.common;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import iq.kharita.common.security.Roles;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.etag;
import static iq.kharita.testing.Fixtures.measure;
import static iq.kharita.testing.Fixtures.measureBody;
import static iq.kharita.testing.Fixtures.pillar;
import static iq.kharita.testing.Fixtures.roadmap;
import static iq.kharita.testing.Fixtures.stakeholder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** 100 people save the same measure at once, all from the same version: one wins, 99 are told, none is lost silently. */
@QuarkusTest
@TestSecurity(user = "coordinator", roles = Roles.CCPC_ADMIN)
class ConcurrentEditTest {

    @Test
    void exactlyOneOfAHundredConflictingUpdatesSucceeds() throws Exception {
        long id = measure(measureBody(pillar(roadmap(), "DOC", 1), "DOC-99", stakeholder()));
        String path = "/api/v1/measures/" + id;
        String etag = etag(path);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> edits = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                int progress = i;
                edits.add(() -> {
                    start.await();
                    return given().contentType(ContentType.JSON).header("If-Match", etag)
                            .body(Map.of("progress", progress, "note", "Edit number " + progress))
                            .patch(path).statusCode();
                });
            }
            List<Future<Integer>> futures = new ArrayList<>();
            edits.forEach(edit -> futures.add(pool.submit(edit)));
            start.countDown();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
        } finally {
            pool.shutdown();
        }
        assertThat(statuses.stream().filter(s -> s == 200)).as("accepted").hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 412)).as("refused as stale").hasSize(99);

        given().get(path).then().header("ETag", "\"1\"");
        given().get("/api/v1/audit-events?entityType=measure&entityId=" + id).then().body("total", equalTo(2));
        given().get("/api/v1/status-updates?measure=" + id).then().body("total", equalTo(1));
    }
}
