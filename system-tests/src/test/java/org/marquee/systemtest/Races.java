package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Buyers racing on real threads, for the concurrency tests: every buyer waits for one start
 * signal, so they meet in the database at once. Any unexpected failure of a buyer fails the test.
 */
final class Races {

    /** What one buyer does; {@code buyer} counts from 0. */
    @FunctionalInterface
    interface Buyer<T> {
        T act(int buyer) throws Exception;
    }

    private Races() {}

    /** Starts {@code buyers} buyers together on {@code threads} threads; their answers, in their order. */
    static <T> List<T> run(int buyers, int threads, Duration limit, Buyer<T> buyer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> answers = new ArrayList<>();
        for (int i = 0; i < buyers; i++) {
            int n = i;
            answers.add(pool.submit((Callable<T>) () -> {
                go.await();
                return buyer.act(n);
            }));
        }
        go.countDown();
        pool.shutdown();
        assertTrue(pool.awaitTermination(limit.toSeconds(), TimeUnit.SECONDS), "every buyer got an answer");
        List<T> results = new ArrayList<>();
        for (Future<T> answer : answers) {
            results.add(answer.get());
        }
        return results;
    }
}
