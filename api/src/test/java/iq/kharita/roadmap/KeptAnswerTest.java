package iq.kharita.roadmap;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When a kept answer is sent compressed: only to clients whose Accept-Encoding allows gzip. */
class KeptAnswerTest {

    @Test
    void gzipIsSentWhenNamedOrCoveredByAnyWithAWeightAboveZero() {
        assertThat(KeptAnswer.acceptsGzip(List.of("gzip, deflate, br"))).isTrue();
        assertThat(KeptAnswer.acceptsGzip(List.of("br;q=1.0, GZIP;q=0.5"))).isTrue();
        assertThat(KeptAnswer.acceptsGzip(List.of("deflate", "x-gzip"))).as("over two headers").isTrue();
        assertThat(KeptAnswer.acceptsGzip(List.of("*"))).isTrue();
    }

    @Test
    void gzipIsNotSentWhenAbsentRefusedOrUnreadable() {
        assertThat(KeptAnswer.acceptsGzip(null)).isFalse();
        assertThat(KeptAnswer.acceptsGzip(List.of("identity"))).isFalse();
        assertThat(KeptAnswer.acceptsGzip(List.of("br, deflate"))).isFalse();
        assertThat(KeptAnswer.acceptsGzip(List.of("gzip;q=0"))).isFalse();
        assertThat(KeptAnswer.acceptsGzip(List.of("gzip;q=0, *"))).as("refused by name, whatever * says").isFalse();
        assertThat(KeptAnswer.acceptsGzip(List.of("*;q=0"))).isFalse();
        assertThat(KeptAnswer.acceptsGzip(List.of("gzip;q=high"))).isFalse();
    }
}
