package iq.kharita.reliability;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import iq.kharita.common.limits.ConcurrentReadLimit;
import iq.kharita.demo.DemoDataLoader;
import iq.kharita.testing.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** More reads at once than the API may serve and hold waiting: the excess is refused at once, the rest answered. */
@QuarkusTest
@TestProfile(ReadFloodTest.Tight.class)
class ReadFloodTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kharita.limits.concurrent-reads", "1", "kharita.limits.waiting-reads", "2");
        }
    }

    private static final int READERS = 40;

    @Inject
    ConcurrentReadLimit limit;

    @Inject
    DemoDataLoader demo;

    @TestHTTPResource("/api/v1/measures?size=200")
    URL measures;

    // one connection per read, so that they all arrive together
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void readsBeyondThoseWaitingAreRefusedWithRetryAfterAndTheLimitRecovers() {
        demo.load();
        String token = Tokens.of("coordinator");
        limit.resetCounts();

        List<HttpResponse<String>> answers = IntStream.range(0, READERS)
                .mapToObj(i -> client.sendAsync(get(token), HttpResponse.BodyHandlers.ofString())).toList()
                .stream().map(CompletableFuture::join).toList();

        List<HttpResponse<String>> refused = answers.stream().filter(answer -> answer.statusCode() == 503).toList();
        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 503);
        assertThat(refused).as("reads beyond one served and two waiting").isNotEmpty();
        assertThat(limit.refused()).isEqualTo(refused.size());
        assertThat(limit.peak()).isEqualTo(1);
        for (HttpResponse<String> answer : refused) {
            assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(answer.body()).contains("\"type\":\"https://kharita.iq/problems/service-unavailable\"", "\"status\":503",
                    "\"instance\":\"/api/v1/measures\"");
        }

        // the places of the refused and the answered are free again: reads one after another all pass
        limit.resetCounts();
        for (int i = 0; i < 10; i++) {
            assertThat(client.sendAsync(get(token), HttpResponse.BodyHandlers.ofString()).join().statusCode()).isEqualTo(200);
        }
        assertThat(limit.refused()).isZero();
    }

    private HttpRequest get(String token) {
        return HttpRequest.newBuilder(URI.create(measures.toString())).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").timeout(Duration.ofSeconds(30)).build();
    }
}
