package org.marquee.systemtest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent GETs of one page: a fixed number of requests shared by a fixed number of client
 * threads, stopped early at a time limit. Each latency is from sending the request to having read
 * the whole body; anything but a 200 is a failure.
 */
final class PageLoad {

    private final HttpClient http;
    private final int threads;

    PageLoad(HttpClient http, int threads) {
        this.http = http;
        this.threads = threads;
    }

    Figures run(String page, String url, int requests, Duration limit) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build();
        long[] latencies = new long[requests];
        AtomicInteger claimed = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(threads);
        for (int t = 0; t < threads; t++) {
            clients.execute(() -> {
                int i;
                // The deadline is checked before claiming, so every claimed request is made.
                while (System.nanoTime() < deadline && (i = claimed.getAndIncrement()) < requests) {
                    long sent = System.nanoTime();
                    if (!ok(request)) {
                        failures.incrementAndGet();
                    }
                    latencies[i] = System.nanoTime() - sent;
                }
            });
        }
        clients.shutdown();
        if (!clients.awaitTermination(limit.toSeconds() + 60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("Clients of " + url + " did not stop");
        }
        long elapsed = System.nanoTime() - start;
        int done = Math.min(claimed.get(), requests);
        long[] sorted = Arrays.copyOf(latencies, done);
        Arrays.sort(sorted);
        return new Figures(page, done, failures.get(), elapsed, sorted);
    }

    private boolean ok(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What one page measured; latencies in nanoseconds, sorted. */
    record Figures(String page, int requests, int failures, long elapsedNanos, long[] latencies) {

        double throughput() {
            return requests / (elapsedNanos / 1e9);
        }

        /** The nearest-rank percentile, in milliseconds. */
        double percentileMillis(double percent) {
            if (latencies.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percent / 100 * latencies.length);
            return latencies[Math.max(0, rank - 1)] / 1e6;
        }
    }
}
