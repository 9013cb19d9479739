package iq.kharita.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Requests released at the same instant, one thread each: writes racing, or every screen asking after a live change. */
public final class AtOnce {

    private AtOnce() {
    }

    @FunctionalInterface
    public interface Request<T> {
        T run(int index) throws Exception;
    }

    /** Runs {@code count} requests, all released together, and gives their answers in the order of their index. */
    public static <T> List<T> run(int count, Request<T> request) {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return request.run(index);
                }));
            }
            start.countDown();
            List<T> answers = new ArrayList<>();
            for (Future<T> future : futures) {
                answers.add(future.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } catch (ExecutionException | TimeoutException failed) {
            throw new AssertionError("a request run at once failed or hung", failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError(interrupted);
        } finally {
            pool.shutdownNow();
        }
    }
}
