package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A surge through a session's waiting room, over HTTP as browsers come: {@code ARRIVALS} visitors
 * (20,000), half before the on-sale and half after it, each taking a place ({@code POST
 * /checkout/api/queue/<session>}), then all of them asking where they stand ({@code GET}) until
 * every one is admitted at the room's rate. Prints arrivals per second, the answers' p50 and p99,
 * the admission rate reached against the one set, and checks: every place given once (1..N), the
 * early half drawn at random and the later half in arrival order, nobody admitted before someone
 * with an earlier place (beyond one round of asking), an admission starting an order and its
 * absence refused, and the consistency check over the session (docs/benchmarks.md).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WaitingRoomSurgeBenchmark {

    private static final int ARRIVALS = Integer.getInteger("marquee.bench.arrivals", 20_000);
    private static final int CLIENTS = Integer.getInteger("marquee.bench.clients", 32);
    private static final int RATE = Integer.getInteger("marquee.bench.admitPerMinute", 12_000);
    /**
     * A second node's address (a copy of the server on another port offset, same database; see
     * docs/benchmarks.md): then every other visitor talks to it for all their requests.
     */
    private static final String SECOND_NODE = System.getProperty("marquee.bench.secondNode", "");
    /** While faults are injected by hand (a node killed and restarted): answers that fail are counted, not fatal. */
    private static final boolean FAULTS = Boolean.getBoolean("marquee.bench.faults");

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":\"?([^\",}]*)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4))
            .build();

    @Test
    void aSurgeOf20000ArrivalsThroughTheWaitingRoom() throws Exception {
        BurstArena arena = BurstArena.create(20, 50, 0, 1);
        long session = arena.sessionIds().get(0);
        try (Connection db = TestDatabase.connect();
                PreparedStatement later = db.prepareStatement(
                        "update event_session set sales_start = now() + interval '1 hour' where id = ?");
                PreparedStatement room = db.prepareStatement("insert into waiting_room (session_id, enabled,"
                        + " admit_per_minute, admission_minutes, updated_at) values (?, true, ?, 30, now())")) {
            later.setLong(1, session);
            later.executeUpdate();
            room.setLong(1, session);
            room.setInt(2, RATE);
            room.executeUpdate();
        }
        if (!SECOND_NODE.isEmpty()) {
            awaitSecondNode();
        }
        Optional<CpuMeter> meter = CpuMeter.forServer();
        String api = "/checkout/api/queue/" + session;

        // Arrivals: half before the on-sale, half after it.
        int early = ARRIVALS / 2;
        String[] tickets = new String[ARRIVALS];
        Phase before = arrive(api, tickets, 0, early, meter);
        try (Connection db = TestDatabase.connect();
                PreparedStatement open =
                        db.prepareStatement("update event_session set sales_start = now() where id = ?")) {
            open.setLong(1, session);
            open.executeUpdate();
        }
        Phase after = arrive(api, tickets, early, ARRIVALS, meter);

        // Everyone asks until admitted; the first answer that admits is when their turn came.
        // What the room answered, with when: an admission when its answer came, a wait when its question left.
        ConcurrentLinkedQueue<long[]> admittedSeen = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<long[]> waitingSeen = new ConcurrentLinkedQueue<>();
        long[] places = new long[ARRIVALS];
        String[] admissions = new String[ARRIVALS];
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong polls = new AtomicLong();
        long waitStart = System.nanoTime();
        double cpuBefore = serverMillis(meter);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> askers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            askers.add(pool.submit(() -> {
                boolean left = true;
                while (left) {
                    left = false;
                    for (int i = client; i < ARRIVALS; i += CLIENTS) {
                        if (admissions[i] != null) {
                            continue;
                        }
                        long t0 = System.nanoTime();
                        HttpResponse<String> answer = send(i, "GET", api, tickets[i]);
                        latencies.add(System.nanoTime() - t0);
                        polls.incrementAndGet();
                        if (answer == null || answer.statusCode() != 200) {
                            errors.incrementAndGet();
                            left = true;
                            continue;
                        }
                        String state = field(answer.body(), "state");
                        places[i] = Long.parseLong(field(answer.body(), "position"));
                        if ("ADMITTED".equals(state)) {
                            admissions[i] = field(answer.body(), "admission");
                            admittedSeen.add(new long[] {System.nanoTime(), places[i]});
                        } else {
                            waitingSeen.add(new long[] {t0, places[i]});
                            left = true;
                        }
                    }
                    sleepQuietly(200);
                }
                return null;
            }));
        }
        for (Future<?> asker : askers) {
            asker.get(30, TimeUnit.MINUTES);
        }
        pool.shutdown();
        double waitSeconds = (System.nanoTime() - waitStart) / 1e9;
        double cpuMillis = serverMillis(meter) - cpuBefore;

        // Places: each once, 1..N; the early half drawn, the later half in arrival order.
        long[] sorted = places.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < ARRIVALS; i++) {
            assertEquals(i + 1, sorted[i], "every place given once");
        }
        int earlyInOrder = 0;
        for (int i = 1; i < early; i++) {
            earlyInOrder += places[i] > places[i - 1] ? 1 : 0;
        }
        assertTrue(earlyInOrder < early * 0.6, "the early half is drawn, not in arrival order: " + earlyInOrder);
        for (int i = early; i < ARRIVALS; i++) {
            assertTrue(places[i] > early, "after the on-sale, behind everyone who came before");
        }
        // Fairness: the room admits by place. Once an answer admitted place p, no later question
        // (sent after that answer came) may be told to wait at a place at or before p.
        int outOfTurn = outOfTurn(new ArrayList<>(admittedSeen), new ArrayList<>(waitingSeen));
        long lastAdmittedMillis = TestDatabase.count(
                "select cast(extract(epoch from max(e.admitted_at) - s.sales_start) * 1000 as bigint)"
                        + " from waiting_room_entry e join event_session s on s.id = e.session_id where e.session_id = ?"
                        + " group by s.sales_start",
                session);

        // An admission starts an order; without one the API refuses.
        int started = 0;
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> order = start(session, tickets[i], admissions[i]);
            started += order.statusCode() == 201 ? 1 : 0;
        }
        assertEquals(20, started, "every admission starts an order");
        assertEquals(403, start(session, null, null).statusCode());
        assertEquals(403, start(session, tickets[21], admissions[22]).statusCode(), "another visitor's admission");
        Consistency.assertConsistent(session);

        // The reference, same client and run: a light read through JAX-RS and one EJB (the session's section counts).
        Phase reference = reference("/checkout/api/sessions/" + session + "/availability?seats=false", 4000, meter);
        long[] answers = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        String report = String.format(
                Locale.ROOT,
                "waiting-room surge, session %d, %d clients, %s, rate set %d/min (%.0f/s)%n"
                        + "  arrivals before the on-sale: %d in %.2f s (%.0f/s), p50 %.1f ms, p99 %.1f ms, server CPU %.2f ms each%n"
                        + "  arrivals after the on-sale:  %d in %.2f s (%.0f/s), p50 %.1f ms, p99 %.1f ms, server CPU %.2f ms each%n"
                        + "  admitted %d in %.1f s (%.0f/s against %.0f/s set); %d status answers (%.0f/s), p50 %.1f ms,"
                        + " p99 %.1f ms, %d errors; server CPU %.3f ms per answer%n"
                        + "  the last admission %.1f s after the on-sale (at the set rate: %.1f s)%n"
                        + "  reference (availability without seats, same client): %d in %.2f s (%.0f/s), p50 %.1f ms,"
                        + " p99 %.1f ms, server CPU %.2f ms each%n"
                        + "  places 1..%d each once; early half in arrival order at %d of %d steps (random: about half);"
                        + " out of turn: %d; admissions started 20 of 20 orders; refused without: yes%n",
                session,
                CLIENTS,
                SECOND_NODE.isEmpty()
                        ? "one node"
                        : "two nodes (every other visitor on " + SECOND_NODE + ")"
                                + (FAULTS ? ", faults injected: " + arrivalErrors.get() + " arrivals retried" : ""),
                RATE,
                RATE / 60.0,
                before.count,
                before.seconds,
                before.count / before.seconds,
                before.p50,
                before.p99,
                before.cpuMillisEach,
                after.count,
                after.seconds,
                after.count / after.seconds,
                after.p50,
                after.p99,
                after.cpuMillisEach,
                ARRIVALS,
                waitSeconds,
                ARRIVALS / waitSeconds,
                RATE / 60.0,
                polls.get(),
                polls.get() / waitSeconds,
                BurstRound.Figures.percentileMillis(answers, 50),
                BurstRound.Figures.percentileMillis(answers, 99),
                errors.get(),
                polls.get() == 0 ? 0 : cpuMillis / polls.get(),
                lastAdmittedMillis / 1000.0,
                ARRIVALS / (RATE / 60.0),
                reference.count,
                reference.seconds,
                reference.count / reference.seconds,
                reference.p50,
                reference.p99,
                reference.cpuMillisEach,
                ARRIVALS,
                earlyInOrder,
                early - 1,
                outOfTurn);
        System.out.println(report);
        Path results = Path.of(System.getProperty("marquee.bench.queue.results", "target/waiting-room-benchmark.txt"));
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, report);
        if (!FAULTS) {
            assertEquals(0, errors.get(), "every answer a 200");
        }
        assertEquals(0, outOfTurn, "told to wait after someone with a later place was admitted");
    }

    /** Waiting answers whose question left after an answer admitted the same or a later place. */
    static int outOfTurn(List<long[]> admitted, List<long[]> waiting) {
        admitted.sort((a, b) -> Long.compare(a[0], b[0]));
        long[] times = new long[admitted.size()];
        long[] highest = new long[admitted.size()];
        long max = 0;
        for (int i = 0; i < admitted.size(); i++) {
            times[i] = admitted.get(i)[0];
            max = Math.max(max, admitted.get(i)[1]);
            highest[i] = max;
        }
        int wrong = 0;
        for (long[] wait : waiting) {
            int before = Arrays.binarySearch(times, wait[0]);
            int index = before >= 0 ? before : -before - 2;
            if (index >= 0 && wait[1] <= highest[index]) {
                wrong++;
            }
        }
        return wrong;
    }

    private final AtomicInteger arrivalErrors = new AtomicInteger();

    private record Phase(int count, double seconds, double p50, double p99, double cpuMillisEach) {}

    /** Visitors {@code from} to {@code to} take their places, {@link #CLIENTS} at a time. */
    private Phase arrive(String api, String[] tickets, int from, int to, Optional<CpuMeter> meter) throws Exception {
        double cpuBefore = serverMillis(meter);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger(from);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long t0 = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < to) {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = send(i, "POST", api, null);
                    latencies.add(System.nanoTime() - start);
                    while (FAULTS && (answer == null || answer.statusCode() != 200)) {
                        arrivalErrors.incrementAndGet();
                        sleepQuietly(500);
                        answer = send(i, "POST", api, null);
                    }
                    if (answer == null || answer.statusCode() != 200) {
                        throw new IllegalStateException("arrival " + i + ": "
                                + (answer == null ? "no answer" : answer.statusCode() + " " + answer.body()));
                    }
                    tickets[i] = field(answer.body(), "ticket");
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(30, TimeUnit.MINUTES);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Phase(
                to - from,
                seconds,
                BurstRound.Figures.percentileMillis(sorted, 50),
                BurstRound.Figures.percentileMillis(sorted, 99),
                (serverMillis(meter) - cpuBefore) / (to - from));
    }

    /** Until the second node answers its health check (it deploys beside the first): at most ten minutes. */
    private void awaitSecondNode() {
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < until) {
            HttpResponse<String> health = send(1, "GET", "/api/health", null);
            if (health != null && health.statusCode() == 200) {
                return;
            }
            sleepQuietly(2000);
        }
        throw new IllegalStateException("The second node " + SECOND_NODE + " never answered /api/health");
    }

    /** {@code count} GETs of {@code path}, {@link #CLIENTS} at a time, each a 200. */
    private Phase reference(String path, int count, Optional<CpuMeter> meter) throws Exception {
        double cpuBefore = serverMillis(meter);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long t0 = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            workers.add(pool.submit(() -> {
                while (next.getAndIncrement() < count) {
                    long start = System.nanoTime();
                    HttpResponse<String> answer = send(0, "GET", path, null);
                    latencies.add(System.nanoTime() - start);
                    if (answer == null || answer.statusCode() != 200) {
                        throw new IllegalStateException(
                                path + ": " + (answer == null ? "no answer" : answer.statusCode()));
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Phase(
                count,
                seconds,
                BurstRound.Figures.percentileMillis(sorted, 50),
                BurstRound.Figures.percentileMillis(sorted, 99),
                (serverMillis(meter) - cpuBefore) / count);
    }

    /** Visitor {@code visitor}'s node: the tests' one, or every other visitor the second one. */
    private static String url(int visitor, String path) {
        return !SECOND_NODE.isEmpty() && visitor % 2 == 1 ? SECOND_NODE + path : Deployments.url(path);
    }

    private HttpResponse<String> send(int visitor, String method, String path, String ticket) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(visitor, path)))
                .timeout(Duration.ofSeconds(60))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (ticket != null) {
            request.header("Marquee-Queue-Ticket", ticket);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private HttpResponse<String> start(long session, String ticket, String admission) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.url("/checkout/api/orders")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"sessionId\":" + session + "}"));
        if (ticket != null) {
            request.header("Marquee-Queue-Ticket", ticket);
        }
        if (admission != null) {
            request.header("Marquee-Admission", admission);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        return null;
    }

    private static double serverMillis(Optional<CpuMeter> meter) throws java.sql.SQLException {
        return meter.isPresent() ? meter.get().sample().serverMillis() : 0;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
