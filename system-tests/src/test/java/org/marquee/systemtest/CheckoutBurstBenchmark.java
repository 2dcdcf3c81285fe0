package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.systemtest.BurstRound.Figures;

/**
 * An on-sale burst through the checkout API on one node: 5,000 buyers against one 2,000-place
 * session (1,500 reserved seats, a standing floor of 500), round after round on fresh sessions of
 * the same hall, the first rounds only warming up. Then pgbench on the same PostgreSQL: a
 * single-row conditional UPDATE, the two statements of a claim, and standing places as rows
 * against one counter row. Prints and writes the figures; asserts the invariants after every
 * round and that every answer was a 2xx or an expected 409, not any speed (docs/benchmarks.md).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CheckoutBurstBenchmark {

    private static final int BUYERS = Integer.getInteger("marquee.bench.buyers", 5000);
    private static final int CLIENTS = Integer.getInteger("marquee.bench.clients", 16);
    private static final int ROUNDS = Integer.getInteger("marquee.bench.rounds", 3);
    private static final int WARMUP_ROUNDS = Integer.getInteger("marquee.bench.warmupRounds", 10);
    private static final int PGBENCH_SECONDS = Integer.getInteger("marquee.bench.pgbench.seconds", 15);
    private static final int PGBENCH_CLIENTS = Integer.getInteger("marquee.bench.pgbench.clients", 8);
    /** socket: a kept-alive socket per client thread; jdk: the JDK's HttpClient (about ten times the client CPU). */
    private static final String CLIENT = System.getProperty("marquee.bench.client", "socket");
    /**
     * A second node's address (system-tests/src/test/bin/second-node.sh: http://127.0.0.1:8280):
     * then half the client threads talk to it.
     */
    private static final String SECOND_NODE = System.getProperty("marquee.bench.secondNode", "");
    /**
     * While faults are injected from outside (a node killed and restarted, PostgreSQL restarted):
     * failed answers are counted, and after each round the database must still be consistent,
     * within capacity and hold what the orders count, but the round need not sell out.
     */
    private static final boolean FAULTS = Boolean.getBoolean("marquee.bench.faults");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void anOnSaleBurstOf5000BuyersAgainstOne2000PlaceSession() throws Exception {
        BurstArena arena = BurstArena.create(30, 50, 500, WARMUP_ROUNDS + ROUNDS);
        assertEquals(2000, arena.capacity());
        LoadClient http = SECOND_NODE.isEmpty()
                ? LoadClient.of(CLIENT)
                : new LoadClient.Alternating(LoadClient.of(CLIENT), LoadClient.sockets(SECOND_NODE));
        Optional<CpuMeter> meter = CpuMeter.forServer();

        List<Figures> measured = new ArrayList<>();
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            long session = arena.sessionIds().get(round);
            Figures figures = new BurstRound(http, meter, arena, session, BUYERS, CLIENTS).run();
            assertInvariants(arena, figures);
            System.out.println((round < WARMUP_ROUNDS ? "warm-up " : "measured ")
                    + line(figures)
                    + (http instanceof LoadClient.Alternating two ? "; failovers so far " + two.failovers() : ""));
            if (round >= WARMUP_ROUNDS) {
                measured.add(figures);
            }
        }

        Map<String, Double> pgbench = new LinkedHashMap<>();
        if (Pgbench.available()) {
            Pgbench.prepare();
            pgbench.put("single-row conditional UPDATE", tps(Pgbench.CONDITIONAL_UPDATE));
            pgbench.put("claim transaction (order count + seat UPDATE, commit)", tps(Pgbench.CLAIM_TRANSACTION));
            pgbench.put("2 standing places as rows (SKIP LOCKED)", tps(Pgbench.PLACES_AS_ROWS));
            pgbench.put("2 standing places from one counter row", tps(Pgbench.PLACES_AS_COUNTER));
        }

        String report = report(measured, pgbench);
        System.out.println(report);
        Path results = Path.of(System.getProperty("marquee.bench.checkout.results", "target/checkout-benchmark.txt"));
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, report);
    }

    private static double tps(String script) throws Exception {
        return Pgbench.tps(script, PGBENCH_CLIENTS, PGBENCH_SECONDS);
    }

    /** After a round: every answer expected, every buyer done, and the database holds what the buyers were told. */
    private static void assertInvariants(BurstArena arena, Figures f) throws Exception {
        long session = f.sessionId();
        if (FAULTS) {
            // The check's own connection may meet the database restarting: it asks again, for up to a minute.
            for (int attempt = 1; ; attempt++) {
                try {
                    assertHolds(arena, session);
                    return;
                } catch (java.sql.SQLException e) {
                    if (attempt == 60) {
                        throw e;
                    }
                    Thread.sleep(1000);
                }
            }
        }
        assertEquals(0, f.errors(), "unexpected answers, such as: " + f.errorSample());
        assertEquals(f.starts(), f.finishedBuyers(), "every buyer got an answer to every claim");
        long seatsHeld = TestDatabase.count(
                "select count(*) from session_seat where session_id = ? and order_id is not null", session);
        long placesHeld = TestDatabase.count(
                "select count(*) from session_place where session_id = ? and order_id is not null", session);
        assertEquals(f.seats(), seatsHeld, "seats held are the seats granted");
        assertEquals(f.places(), placesHeld, "places held are the places granted");
        assertTrue(seatsHeld <= arena.seatIds().size() && placesHeld <= arena.standing(), "within capacity");
        assertEquals(
                seatsHeld + placesHeld,
                TestDatabase.count(
                        "select coalesce(sum(tickets), 0) from event_session_order where session_id = ?", session),
                "the orders' ticket counts add up to what is held");
        assertEquals(arena.capacity(), seatsHeld + placesHeld, "the burst sold out the session");
        Consistency.assertConsistent(session);
    }

    /** What holds whatever failed: consistent, within capacity, and the orders count what they hold. */
    private static void assertHolds(BurstArena arena, long session) throws Exception {
        Consistency.assertConsistent(session);
        assertTrue(
                TestDatabase.count(
                                "select count(*) from session_seat where session_id = ? and order_id is not null",
                                session)
                        <= arena.seatIds().size(),
                "within capacity");
        assertEquals(
                TestDatabase.count(
                        "select (select count(*) from session_seat where session_id = ? and order_id is not null)"
                                + " + (select count(*) from session_place where session_id = ? and order_id is not null)",
                        session,
                        session),
                TestDatabase.count(
                        "select coalesce(sum(tickets), 0) from event_session_order where session_id = ?"
                                + " and status in ('PENDING', 'PAID')",
                        session),
                "the orders' ticket counts add up to what is held, whatever failed");
    }

    private static String line(Figures f) {
        return String.format(
                        Locale.ROOT,
                        "session %d: opened in %.0f ms; %d starts in %.2f s (%.0f/s, p99 %.1f ms);"
                                + " %d claims in %.2f s: %d granted (%.0f/s), %d refused; claim p50 %.1f ms, p99 %.1f ms",
                        f.sessionId(),
                        f.openMillis(),
                        f.starts(),
                        f.startNanos() / 1e9,
                        f.startsPerSecond(),
                        Figures.percentileMillis(f.startLatencies(), 99),
                        f.claims(),
                        f.claimNanos() / 1e9,
                        f.granted(),
                        f.grantedPerSecond(),
                        f.refused(),
                        Figures.percentileMillis(f.claimLatencies(), 50),
                        Figures.percentileMillis(f.claimLatencies(), 99))
                + f.claimCpu().map(cpu -> cpu(cpu.per(f.claims()))).orElse("")
                + (f.errors() > 0 ? "; " + f.errors() + " failed answers, such as: " + f.errorSample() : "");
    }

    private static String cpu(CpuMeter.Sample perClaim) {
        return String.format(
                Locale.ROOT,
                "; CPU per claim: server %.2f ms, PostgreSQL %.2f ms, client %.2f ms",
                perClaim.serverMillis(),
                perClaim.databaseMillis(),
                perClaim.clientMillis());
    }

    private static String report(List<Figures> measured, Map<String, Double> pgbench) throws Exception {
        StringBuilder out = new StringBuilder();
        line(
                out,
                "%nCheckout on-sale burst benchmark, %s",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        line(
                out,
                "Machine: %d cores shared by client, server and PostgreSQL (and other builders), Java %s, PostgreSQL %s,"
                        + " load average before: %s",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                TestDatabase.string("show server_version"),
                Files.readString(Path.of("/proc/loadavg")).strip());
        line(
                out,
                "Load: %d buyers per session of 2,000 places (1,500 seats, 500 standing), %d client threads%s,"
                        + " %d warm-up + %d measured rounds on %s",
                BUYERS,
                CLIENTS,
                " over kept-alive connections (" + CLIENT + " client)",
                WARMUP_ROUNDS,
                ROUNDS,
                Deployments.BASE_URL);
        line(out, "");
        String row = "| %-9s | %7s | %8s | %7s | %7s | %8s | %9s | %7s | %7s | %7s | %7s |";
        line(
                out,
                row,
                "round",
                "open ms",
                "starts/s",
                "start99",
                "claims",
                "granted",
                "granted/s",
                "409s",
                "p50 ms",
                "p90 ms",
                "p99 ms");
        line(
                out,
                "| --------- |" + " ------: |".repeat(2) + " -------: |" + " ------: |".repeat(2)
                        + " -------: | --------: |" + " ------: |".repeat(4));
        for (Figures f : measured) {
            line(
                    out,
                    row,
                    f.sessionId(),
                    decimal(f.openMillis()),
                    decimal(f.startsPerSecond()),
                    decimal(Figures.percentileMillis(f.startLatencies(), 99)),
                    f.claims(),
                    f.granted(),
                    decimal(f.grantedPerSecond()),
                    f.refused(),
                    decimal(Figures.percentileMillis(f.claimLatencies(), 50)),
                    decimal(Figures.percentileMillis(f.claimLatencies(), 90)),
                    decimal(Figures.percentileMillis(f.claimLatencies(), 99)));
        }
        long[] all = measured.stream()
                .flatMapToLong(f -> LongStream.of(f.claimLatencies()))
                .sorted()
                .toArray();
        int granted = measured.stream().mapToInt(Figures::granted).sum();
        double seconds = measured.stream().mapToLong(Figures::claimNanos).sum() / 1e9;
        int claims = measured.stream().mapToInt(Figures::claims).sum();
        line(
                out,
                row,
                "all",
                "",
                "",
                "",
                claims,
                granted,
                decimal(granted / seconds),
                measured.stream().mapToInt(Figures::refused).sum(),
                decimal(Figures.percentileMillis(all, 50)),
                decimal(Figures.percentileMillis(all, 90)),
                decimal(Figures.percentileMillis(all, 99)));
        line(out, "");
        line(
                out,
                "Successful claims per second (all rounds): %.0f; claim answers per second: %.0f; p50 %.1f ms,"
                        + " p99 %.1f ms, max %.1f ms",
                granted / seconds,
                claims / seconds,
                Figures.percentileMillis(all, 50),
                Figures.percentileMillis(all, 99),
                Figures.percentileMillis(all, 100));
        List<CpuMeter.Sample> cpu =
                measured.stream().flatMap(f -> f.claimCpu().stream()).toList();
        if (cpu.size() == measured.size()) {
            CpuMeter.Sample sum = cpu.stream().reduce(new CpuMeter.Sample(0, 0, 0), CpuMeter.Sample::plus);
            CpuMeter.Sample perClaim = sum.per(claims);
            line(
                    out,
                    "CPU per claim answer (during the claims)%s: so %d cores could answer at most %.0f claims/s",
                    cpu(perClaim),
                    Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().availableProcessors() * 1000 / perClaim.total());
        }
        if (!pgbench.isEmpty()) {
            line(out, "");
            line(
                    out,
                    "pgbench on the same PostgreSQL right after, %d clients, %d s each:",
                    PGBENCH_CLIENTS,
                    PGBENCH_SECONDS);
            pgbench.forEach((script, tps) -> line(out, "  %-55s %9.0f TPS", script, tps));
            double single = pgbench.values().iterator().next();
            line(out, "Successful claims per second / single-row UPDATE TPS: %.2f", granted / seconds / single);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String format, Object... values) {
        out.append(String.format(Locale.ROOT, format, values)).append(System.lineSeparator());
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
