package iq.kharita.live;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import iq.kharita.testing.Tokens;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static iq.kharita.testing.Fixtures.text;
import static iq.kharita.testing.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A committed change reaches subscribers as a server-sent event within a second or so, through PostgreSQL NOTIFY;
 * a subscriber who may not read the item is not even told it changed.
 */
@QuarkusTest
class ChangeStreamTest {

    @TestHTTPResource("/api/v1/changes")
    URL changes;

    @Test
    void aStatusChangeReachesTheBoardsThatMaySeeIt() throws Exception {
        List<String> staffEvents = subscribe(Tokens.of("secretariat"));
        List<String> donorEvents = subscribe(Tokens.of("donor"));
        Thread.sleep(500);

        String admin = Tokens.of("coordinator");
        long owner = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("abbreviation", unique("LIVE"), "name", text("Live", "مباشر"), "type", "MINISTRY"))
                .post("/api/v1/stakeholders").then().statusCode(201).extract().jsonPath().getLong("id");
        long roadmap = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", unique("LIVE"), "title", text("Live", "مباشر"), "versionLabel", "v1", "ownerStakeholderId", owner))
                .post("/api/v1/roadmaps").then().statusCode(201).extract().jsonPath().getLong("id");
        long pillar = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("roadmapId", roadmap, "code", "DOC", "name", text("Pillar", "محور"), "order", 1))
                .post("/api/v1/pillars").then().statusCode(201).extract().jsonPath().getLong("id");
        long visible = measure(admin, pillar, owner, "PUBLIC");
        long hidden = measure(admin, pillar, owner, "RESTRICTED");
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "DELAYED", "note", "Slipped")).patch("/api/v1/measures/" + visible).then().statusCode(200);
        given().auth().oauth2(admin).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("status", "DELAYED", "note", "Slipped")).patch("/api/v1/measures/" + hidden).then().statusCode(200);

        String visibleUpdate = "\"entityId\":\"" + visible + "\",\"action\":\"UPDATE\"";
        String hiddenUpdate = "\"entityId\":\"" + hidden + "\",\"action\":\"UPDATE\"";
        waitUntil(() -> staffEvents.stream().anyMatch(e -> e.contains(visibleUpdate)) && staffEvents.stream().anyMatch(e -> e.contains(hiddenUpdate)));
        waitUntil(() -> donorEvents.stream().anyMatch(e -> e.contains(visibleUpdate)));
        // the hidden change was committed before the visible one was announced to the donor: it will not come
        Thread.sleep(300);
        assertThat(donorEvents).noneMatch(e -> e.contains(hiddenUpdate)).noneMatch(e -> e.contains("\"visibility\""));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("event within 10 s").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private long measure(String token, long pillar, long lead, String visibility) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("pillarId", pillar, "code", unique("L"), "visibility", visibility, "title", text("Measure", "إجراء"),
                        "type", "OPERATIONAL", "level", "NATIONAL", "phase", "PILOT",
                        "responsibilities", List.of(Map.of("stakeholderId", lead, "role", "LEAD"))))
                .post("/api/v1/measures").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** Reads the event stream in the background, as a browser's fetch reader would. */
    private List<String> subscribe(String token) throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(changes.toString())).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(60)).build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        events.add(line.substring(5));
                    }
                }
            } catch (Exception e) {
                // the stream ends with the test
            }
        });
        reader.setDaemon(true);
        reader.start();
        return events;
    }
}
