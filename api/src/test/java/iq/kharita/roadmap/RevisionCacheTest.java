package iq.kharita.roadmap;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of keeping answers, on their own; BoardTest and RollUpTest show them through the API. */
class RevisionCacheTest {

    private final AtomicInteger builds = new AtomicInteger();

    private String build(String answer) {
        builds.incrementAndGet();
        return answer;
    }

    @Test
    void anAnswerIsServedAgainOnlyAtItsRevisionAndForItsKey() {
        RevisionCache<String, String> cache = new RevisionCache<>(4);
        assertThat(cache.get("a", 1, () -> build("a1"))).isEqualTo("a1");
        assertThat(cache.get("a", 1, () -> build("other"))).isEqualTo("a1");
        assertThat(cache.get("b", 1, () -> build("b1"))).isEqualTo("b1");
        assertThat(cache.get("a", 2, () -> build("a2"))).isEqualTo("a2");
        assertThat(cache.get("a", 2, () -> build("other"))).isEqualTo("a2");
        assertThat(builds).hasValue(3);
    }

    @Test
    void holdsSaysWhetherGetWouldServeWithoutBuilding() {
        RevisionCache<String, String> cache = new RevisionCache<>(4);
        assertThat(cache.holds("a", 1)).isFalse();
        cache.get("a", 1, () -> build("a1"));
        assertThat(cache.holds("a", 1)).isTrue();
        assertThat(cache.holds("a", 2)).as("a newer revision").isFalse();
        assertThat(cache.holds("b", 1)).as("another key").isFalse();
        assertThat(new RevisionCache<String, String>(0).holds("a", 1)).as("no room: every answer is built").isFalse();
    }

    @Test
    void aReaderBehindTheKeptRevisionGetsItsOwnBuildAndKeepsNothing() {
        RevisionCache<String, String> cache = new RevisionCache<>(4);
        cache.get("a", 5, () -> build("a5"));
        assertThat(cache.get("a", 4, () -> build("a4"))).isEqualTo("a4");
        assertThat(cache.get("a", 5, () -> build("other"))).isEqualTo("a5");
        assertThat(builds).hasValue(2);
    }

    @Test
    void theLeastRecentlyUsedAnswerIsDroppedWhenFull() {
        RevisionCache<String, String> cache = new RevisionCache<>(2);
        cache.get("a", 1, () -> build("a"));
        cache.get("b", 1, () -> build("b"));
        cache.get("a", 1, () -> build("other"));
        cache.get("c", 1, () -> build("c"));
        assertThat(cache.get("a", 1, () -> build("other"))).isEqualTo("a");
        assertThat(cache.get("b", 1, () -> build("b again"))).isEqualTo("b again");
        assertThat(builds).hasValue(4);
    }

    @Test
    void withNoRoomEveryAnswerIsBuilt() {
        RevisionCache<String, String> cache = new RevisionCache<>(0);
        cache.get("a", 1, () -> build("a"));
        assertThat(cache.get("a", 1, () -> build("a again"))).isEqualTo("a again");
        assertThat(builds).hasValue(2);
    }

    @Test
    void readersOfARevisionBeingBuiltWaitForThatBuild() throws Exception {
        RevisionCache<String, String> cache = new RevisionCache<>(4);
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Reader first = Reader.start(() -> cache.get("a", 1, () -> {
            building.countDown();
            await(release);
            return build("a1");
        }));
        assertThat(building.await(5, TimeUnit.SECONDS)).isTrue();
        List<Reader> others = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            others.add(Reader.start(() -> cache.get("a", 1, () -> build("a second build"))));
        }
        for (Reader other : others) {
            other.awaitParked();
        }
        assertThat(others).noneMatch(other -> other.answer.isDone());
        release.countDown();
        assertThat(first.answer.get(5, TimeUnit.SECONDS)).isEqualTo("a1");
        for (Reader other : others) {
            assertThat(other.answer.get(5, TimeUnit.SECONDS)).isEqualTo("a1");
        }
        assertThat(builds).hasValue(1);
    }

    @Test
    void aFailedBuildIsNotKeptAndItsWaitersGetItsFailure() throws Exception {
        RevisionCache<String, String> cache = new RevisionCache<>(4);
        CountDownLatch building = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Reader failing = Reader.start(() -> cache.get("a", 1, () -> {
            building.countDown();
            await(release);
            throw new IllegalStateException("database away");
        }));
        assertThat(building.await(5, TimeUnit.SECONDS)).isTrue();
        Reader waiting = Reader.start(() -> cache.get("a", 1, () -> build("not this one")));
        waiting.awaitParked();
        release.countDown();
        assertThatThrownBy(() -> failing.answer.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("database away");
        assertThatThrownBy(() -> waiting.answer.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("database away");
        assertThat(cache.get("a", 1, () -> build("a1"))).isEqualTo("a1");
        assertThat(builds).hasValue(1);
    }

    /** A reader on its own thread, whose thread can be watched until it waits for someone else's build. */
    private record Reader(Thread thread, FutureTask<String> answer) {

        static Reader start(Callable<String> read) {
            FutureTask<String> answer = new FutureTask<>(read);
            Thread thread = new Thread(answer);
            thread.start();
            return new Reader(thread, answer);
        }

        void awaitParked() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (thread.getState() != Thread.State.WAITING) {
                assertThat(System.nanoTime()).as("reader waiting").isLessThan(deadline);
                Thread.sleep(5);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
