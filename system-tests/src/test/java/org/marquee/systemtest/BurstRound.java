package org.marquee.systemtest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marquee.systemtest.LoadClient.Answer;

/**
 * One on-sale burst against one session through the checkout API: every buyer looks at the
 * session's availability and starts an order, then all of them claim at once, a fixed number of client threads sharing the work (each thread
 * plays one buyer after the other, over its kept-alive connection).
 *
 * <p>Three buyers in four want 1-4 reserved seats: each picks at random among the 200 best seats
 * still free as far as the client knows (it learns from every answer, as a live seat map would)
 * and claims them one by one, taking another after a 409. The fourth wants 1-4 standing places
 * in one claim, asking for fewer after a 409. Nobody claims what the client knows to be gone.
 */
final class BurstRound {

    private static final Pattern ORDER_ID = Pattern.compile("\"orderId\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final int CHOICE = 200;

    private final LoadClient http;
    private final Optional<CpuMeter> meter;
    private final BurstArena arena;
    private final long sessionId;
    private final int buyers;
    private final int clients;

    private final long[] orderIds;
    private final String[] tokens;
    private final AtomicIntegerArray held;
    private final AtomicIntegerArray seatTaken;
    private final AtomicInteger standingLeft;
    private final AtomicInteger firstFreeSeat = new AtomicInteger();

    private final long[] browseLatencies;
    private final long[] startLatencies;
    private final long[] claimLatencies;
    private final AtomicInteger claims = new AtomicInteger();
    private final AtomicInteger granted = new AtomicInteger();
    private final AtomicInteger seatsGranted = new AtomicInteger();
    private final AtomicInteger placesGranted = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicLong lastError = new AtomicLong();
    private volatile String errorSample = "";

    BurstRound(LoadClient http, Optional<CpuMeter> meter, BurstArena arena, long sessionId, int buyers, int clients) {
        this.http = http;
        this.meter = meter;
        this.arena = arena;
        this.sessionId = sessionId;
        this.buyers = buyers;
        this.clients = clients;
        this.orderIds = new long[buyers];
        this.tokens = new String[buyers];
        this.held = new AtomicIntegerArray(buyers);
        this.seatTaken = new AtomicIntegerArray(arena.seatIds().size());
        this.standingLeft = new AtomicInteger(arena.standing());
        this.browseLatencies = new long[buyers];
        this.startLatencies = new long[buyers];
        this.claimLatencies = new long[buyers * 16];
    }

    /** What a round measured; latencies in nanoseconds, sorted. */
    record Figures(
            long sessionId,
            double openMillis,
            int starts,
            long startNanos,
            long[] browseLatencies,
            long[] startLatencies,
            int claims,
            int granted,
            int seats,
            int places,
            int refused,
            int errors,
            int finishedBuyers,
            long claimNanos,
            long[] claimLatencies,
            Optional<CpuMeter.Sample> claimCpu,
            String errorSample) {

        double startsPerSecond() {
            return starts / (startNanos / 1e9);
        }

        double grantedPerSecond() {
            return granted / (claimNanos / 1e9);
        }

        double answersPerSecond() {
            return claims / (claimNanos / 1e9);
        }

        static double percentileMillis(long[] sorted, double percent) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(percent / 100 * sorted.length);
            return sorted[Math.max(0, rank - 1)] / 1e6;
        }
    }

    Figures run() throws Exception {
        // The session's first order opens its inventory (2,000 rows): timed, and kept out of the burst.
        long opening = System.nanoTime();
        String first = http.send("POST", "/checkout/api/orders", null, "{\"sessionId\":" + sessionId + "}")
                .body();
        double openMillis = (System.nanoTime() - opening) / 1e6;
        if (!first.contains("\"orderId\"")) {
            throw new IllegalStateException("The first order of session " + sessionId + " failed: " + first);
        }

        long startNanos = inParallel(this::start);
        Optional<CpuMeter.Sample> before = sample();
        long claimNanos = inParallel(this::claim);
        Optional<CpuMeter.Sample> claimCpu = before.flatMap(b -> sample().map(after -> after.minus(b)));
        long[] starts = startLatencies.clone();
        Arrays.sort(starts);
        long[] browsed = browseLatencies.clone();
        Arrays.sort(browsed);
        long[] claimed = Arrays.copyOf(claimLatencies, Math.min(claims.get(), claimLatencies.length));
        Arrays.sort(claimed);
        return new Figures(
                sessionId,
                openMillis,
                buyers,
                startNanos,
                browsed,
                starts,
                claims.get(),
                granted.get(),
                seatsGranted.get(),
                placesGranted.get(),
                refused.get(),
                errors.get(),
                finished.get(),
                claimNanos,
                claimed,
                claimCpu,
                errorSample);
    }

    private Optional<CpuMeter.Sample> sample() {
        try {
            return meter.isEmpty() ? Optional.empty() : Optional.of(meter.get().sample());
        } catch (java.sql.SQLException e) {
            return Optional.empty();
        }
    }

    /** After {@link #run()}: the buyers who hold seats or places, with their orders, to pay. */
    List<BurstPayments.Buyer> holders() {
        List<BurstPayments.Buyer> holders = new ArrayList<>();
        for (int buyer = 0; buyer < buyers; buyer++) {
            if (held.get(buyer) > 0) {
                holders.add(new BurstPayments.Buyer(orderIds[buyer], tokens[buyer], held.get(buyer)));
            }
        }
        return holders;
    }

    /** Runs the buyers' step on the client threads; returns the wall time from the first to the last. */
    private long inParallel(IntConsumer step) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            pool.execute(() -> {
                int buyer;
                while ((buyer = next.getAndIncrement()) < buyers) {
                    step.accept(buyer);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(10, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The buyers did not finish");
        }
        return System.nanoTime() - started;
    }

    /** A buyer looks at the session's availability (as its seat map does), then starts an order. */
    private void start(int buyer) {
        long looked = System.nanoTime();
        try {
            Answer availability = http.send("GET", "/checkout/api/sessions/" + sessionId + "/availability", null, null);
            browseLatencies[buyer] = System.nanoTime() - looked;
            if (availability.status() != 200) {
                error("browse " + availability.status() + " " + availability.body());
                return;
            }
        } catch (IOException e) {
            browseLatencies[buyer] = System.nanoTime() - looked;
            error("browse " + e);
            return;
        }
        long sent = System.nanoTime();
        try {
            Answer response = http.send("POST", "/checkout/api/orders", null, "{\"sessionId\":" + sessionId + "}");
            startLatencies[buyer] = System.nanoTime() - sent;
            Matcher id = ORDER_ID.matcher(response.body());
            Matcher token = TOKEN.matcher(response.body());
            if (response.status() != 201 || !id.find() || !token.find()) {
                error("start " + response.status() + " " + response.body());
                return;
            }
            orderIds[buyer] = Long.parseLong(id.group(1));
            tokens[buyer] = token.group(1);
        } catch (IOException e) {
            startLatencies[buyer] = System.nanoTime() - sent;
            error("start " + e);
        }
    }

    private void claim(int buyer) {
        if (tokens[buyer] == null) {
            return;
        }
        Random random = new Random(sessionId * 100_003 + buyer);
        int wants = 1 + random.nextInt(4);
        try {
            if (buyer % 4 == 3) {
                standing(buyer, wants);
            } else {
                seats(buyer, wants, random);
            }
            finished.incrementAndGet();
        } catch (IOException e) {
            error("claim " + e);
        }
    }

    private void seats(int buyer, int wants, Random random) throws IOException {
        int got = 0;
        for (int attempts = 0; got < wants && attempts < wants + 8; attempts++) {
            int seat = pickSeat(random);
            if (seat < 0) {
                return;
            }
            Answer answer = timed(
                    "PUT",
                    "/checkout/api/orders/" + orderIds[buyer] + "/seats/"
                            + arena.seatIds().get(seat),
                    buyer,
                    null);
            seatTaken.set(seat, 1);
            if (answer.status() == 200) {
                got++;
                held.incrementAndGet(buyer);
                granted.incrementAndGet();
                seatsGranted.incrementAndGet();
            } else if (answer.status() == 409 && answer.body().contains("inventory.seatTaken")) {
                refused.incrementAndGet();
            } else {
                error("seat " + answer.status() + " " + answer.body());
                return;
            }
        }
    }

    private void standing(int buyer, int wants) throws IOException {
        int ask = Math.min(wants, standingLeft.get());
        while (ask > 0) {
            Answer answer = timed(
                    "POST",
                    "/checkout/api/orders/" + orderIds[buyer] + "/sections/" + arena.standingSectionId() + "/places",
                    buyer,
                    "{\"count\":" + ask + "}");
            if (answer.status() == 200) {
                standingLeft.addAndGet(-ask);
                held.addAndGet(buyer, ask);
                granted.incrementAndGet();
                placesGranted.addAndGet(ask);
                return;
            }
            if (answer.status() != 409 || !answer.body().contains("inventory.notEnoughPlaces")) {
                error("places " + answer.status() + " " + answer.body());
                return;
            }
            refused.incrementAndGet();
            ask = Math.min(ask - 1, standingLeft.get());
        }
    }

    /** A random seat among the best ones still free as far as this client knows, or -1 when none is. */
    private int pickSeat(Random random) {
        List<Integer> candidates = new ArrayList<>(CHOICE);
        int n = seatTaken.length();
        int from = firstFreeSeat.get();
        while (from < n && seatTaken.get(from) == 1) {
            from++;
        }
        firstFreeSeat.accumulateAndGet(from, Math::max);
        for (int i = from; i < n && candidates.size() < CHOICE; i++) {
            if (seatTaken.get(i) == 0) {
                candidates.add(i);
            }
        }
        return candidates.isEmpty() ? -1 : candidates.get(random.nextInt(candidates.size()));
    }

    private Answer timed(String method, String path, int buyer, String body) throws IOException {
        long sent = System.nanoTime();
        Answer answer = http.send(method, path, tokens[buyer], body);
        int index = claims.getAndIncrement();
        if (index < claimLatencies.length) {
            claimLatencies[index] = System.nanoTime() - sent;
        }
        return answer;
    }

    private void error(String what) {
        errors.incrementAndGet();
        lastError.set(System.nanoTime());
        errorSample = what.length() > 300 ? what.substring(0, 300) : what;
    }
}
