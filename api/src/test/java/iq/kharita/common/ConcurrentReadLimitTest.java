package iq.kharita.common;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import iq.kharita.common.limits.ConcurrentReadLimit;
import iq.kharita.demo.DemoDataLoader;
import iq.kharita.testing.Tokens;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads beyond kharita.limits.concurrent-reads wait for a permit and are all answered; the live change stream, which
 * stays open, holds no permit, so open streams cannot starve the reads.
 */
@QuarkusTest
class ConcurrentReadLimitTest {

    @Inject
    ConcurrentReadLimit limit;

    @Inject
    DemoDataLoader demo;

    @TestHTTPResource("/api/v1/measures?size=200")
    URL measures;

    @TestHTTPResource("/api/v1/roadmaps")
    URL roadmaps;

    @TestHTTPResource("/api/v1/changes")
    URL changes;

    private final HttpClient client = HttpClient.newHttpClient();
    private String token;

    @BeforeEach
    void signIn() {
        demo.load();
        token = Tokens.of("coordinator");
    }

    @Test
    void readsBeyondTheLimitWaitTheirTurnAndAreAllAnswered() {
        int readers = 6 * limit.permits();
        limit.resetCounts();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < readers; i++) {
            answers.add(client.sendAsync(get(measures, "application/json"), HttpResponse.BodyHandlers.ofString()));
        }
        List<Integer> statuses = answers.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();

        assertThat(statuses).hasSize(readers).containsOnly(200);
        assertThat(limit.peak()).isBetween(1, limit.permits());
        assertThat(limit.waited()).isPositive();
    }

    /**
     * Reads ending on one event loop start reads waiting on another. Over HTTP/2 (the JDK's client upgrades to it) a
     * response's state is guarded by its connection's lock, and the limit once read it across connections: two event
     * loops could each hold their own lock and wait for the other's, and every read after hung.
     */
    @Test
    void readsOverManyHttp2ConnectionsAreAllAnswered() {
        List<HttpClient> connections = IntStream.range(0, 16)
                .mapToObj(i -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build()).toList();
        for (int round = 0; round < 20; round++) {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (HttpClient connection : connections) {
                for (int i = 0; i < 3 * limit.permits(); i++) {
                    answers.add(connection.sendAsync(get(roadmaps, "application/json"), HttpResponse.BodyHandlers.ofString()));
                }
            }
            assertThat(answers.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList()).containsOnly(200);
        }
    }

    @Test
    void openChangeStreamsHoldNoPermit() throws Exception {
        List<HttpResponse<InputStream>> streams = new ArrayList<>();
        try {
            for (int i = 0; i < limit.permits(); i++) {
                HttpResponse<InputStream> stream = client.send(get(changes, "text/event-stream"), HttpResponse.BodyHandlers.ofInputStream());
                assertThat(stream.statusCode()).isEqualTo(200);
                streams.add(stream);
            }
            limit.resetCounts();

            // were the streams counted, this read would wait for a permit until its timeout
            assertThat(client.send(get(measures, "application/json"), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
            assertThat(limit.peak()).isEqualTo(1);
        } finally {
            for (HttpResponse<InputStream> stream : streams) {
                stream.body().close();
            }
        }
    }

    private HttpRequest get(URL url, String accept) {
        return HttpRequest.newBuilder(URI.create(url.toString())).header("Authorization", "Bearer " + token)
                .header("Accept", accept).timeout(Duration.ofSeconds(20)).build();
    }
}
