package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
 * against one counter row. Then every buyer who got tickets pays through the checkout API and
 * the Stripe fake's webhook ({@link BurstPayments}), with the payment faults in turn when asked.
 * Prints and writes the figures; asserts the invariants after every round (no seat or place sold
 * twice or beyond capacity, no paid order or payment lost or doubled, the consistency check clean)
 * and that every answer was a 2xx or an expected 409, not any speed (docs/benchmarks.md).
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
    /**
     * The buyers who got tickets pay for them through the API and the Stripe fake's webhook
     * (default); false measures the claims alone, as the runs before the harness paid did.
     */
    private static final boolean PAY = Boolean.parseBoolean(System.getProperty("marquee.bench.pay", "true"));
    /**
     * The measured rounds play the payment faults in turn ({@link BurstPayments.Fault}: none,
     * create errors, create timeouts, duplicated webhooks, delayed and reordered webhooks).
     */
    private static final boolean PAYMENT_FAULTS = Boolean.getBoolean("marquee.bench.paymentFaults");
    /** The Stripe fake's webhook threads: Stripe delivers many events at once, in no promised order. */
    private static final int WEBHOOK_THREADS = Integer.getInteger("marquee.bench.webhookThreads", 8);

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
        if (!SECOND_NODE.isEmpty()) {
            awaitSecondNode();
        }
        Optional<CpuMeter> meter = CpuMeter.forServer();

        List<Figures> measured = new ArrayList<>();
        List<BurstPayments.Figures> paid = new ArrayList<>();
        try (StripeFake stripe = PAY ? StripeFake.startForServer() : null;
                MailServer mail = PAY ? MailServer.start() : null) {
            if (stripe != null) {
                stripe.webhookSenders(WEBHOOK_THREADS);
                stripe.webhookRetries(true);
            }
            for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
                long session = arena.sessionIds().get(round);
                BurstRound burst = new BurstRound(http, meter, arena, session, BUYERS, CLIENTS);
                Figures figures = burst.run();
                assertInvariants(arena, figures);
                boolean warmUp = round < WARMUP_ROUNDS;
                System.out.println((warmUp ? "warm-up " : "measured ")
                        + line(figures)
                        + (http instanceof LoadClient.Alternating two ? "; failovers so far " + two.failovers() : ""));
                if (!warmUp) {
                    measured.add(figures);
                }
                if (stripe != null) {
                    BurstPayments.Fault fault = PAYMENT_FAULTS && !warmUp
                            ? BurstPayments.Fault.values()[
                                    (round - WARMUP_ROUNDS) % BurstPayments.Fault.values().length]
                            : BurstPayments.Fault.NONE;
                    BurstPayments.Figures payments =
                            new BurstPayments(http, stripe, session, burst.holders(), CLIENTS, fault).run();
                    System.out.println("  paid: " + paymentLine(payments));
                    assertPaid(arena, session, payments);
                    assertMailSentOnce(session, payments, mail);
                    if (!warmUp) {
                        paid.add(payments);
                    }
                }
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

        String report = report(measured, pgbench) + paymentReport(paid);
        System.out.println(report);
        Path results = Path.of(System.getProperty("marquee.bench.checkout.results", "target/checkout-benchmark.txt"));
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, report);
    }

    /** Until the second node answers its health check (it deploys beside the first): at most ten minutes. */
    private static void awaitSecondNode() throws InterruptedException {
        LoadClient node = LoadClient.sockets(SECOND_NODE);
        long until = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < until) {
            try {
                if (node.send("GET", "/api/health", null, null).status() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // Not listening yet.
            }
            Thread.sleep(2000);
        }
        throw new IllegalStateException("The second node " + SECOND_NODE + " never answered /api/health");
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

    /**
     * After the paying phase: no paid order or payment lost or doubled; without faults every
     * buyer paid at the first try; the consistency check (paid orders' payments, seats SOLD,
     * tickets, mail) clean over the session.
     */
    private static void assertPaid(BurstArena arena, long session, BurstPayments.Figures f) throws Exception {
        assertEquals(List.of(), f.problems(), "the money of session " + session);
        if (!FAULTS) {
            assertEquals(0, f.errors(), "unexpected answers while paying, such as: " + f.errorSample());
            assertEquals(f.buyers(), f.paid() + f.gaveUp(), "every buyer with tickets paid or gave up after 503s");
        }
        if (f.fault() == BurstPayments.Fault.NONE && !FAULTS) {
            assertEquals(0, f.retries() + f.gaveUp(), "no payment needed asking again");
        }
        assertHolds(arena, session);
    }

    /**
     * Every message of the round's buyers (the "order placed" mail of each PAID order, with its
     * tickets) leaves the outbox and reaches the mail server: exactly once without faults; with a
     * node or the database failing, a message may come twice with the same Message-ID.
     */
    private static void assertMailSentOnce(long session, BurstPayments.Figures f, MailServer mail) throws Exception {
        String buyers = " from outbox_message m join event_session_order o on lower(m.recipient) = lower(o.buyer_email)"
                + " where o.session_id = ?";
        Waits.until(
                "the outbox sends the mail of session " + session,
                Duration.ofMinutes(5),
                () -> TestDatabase.count("select count(*)" + buyers + " and m.status <> 'SENT'", session),
                unsent -> unsent == 0);
        assertEquals(
                f.paid(),
                TestDatabase.count(
                        "select count(*)" + buyers
                                + " and o.status = 'PAID' and m.dedupe_key = 'order-placed:' || o.id",
                        session),
                "one \"order placed\" mail per PAID order");
        Map<String, MailServer.Received> received = mail.drainByRecipient();
        List<String> wrong = new ArrayList<>();
        int again = 0;
        for (Map.Entry<String, Long> sent : TestDatabase.counts(
                        "select m.recipient, count(*)" + buyers + " group by m.recipient", session)
                .entrySet()) {
            MailServer.Received got = received.getOrDefault(sent.getKey(), new MailServer.Received(0, 0));
            if (got.messages() != sent.getValue()) {
                wrong.add(sent.getKey() + ": " + sent.getValue() + " sent, " + got.messages() + " received");
            }
            again += got.copies() - got.messages();
        }
        // At least once, never lost: a node or the database failing after the mail server took a
        // message and before the outbox recorded it sends it again, with the same Message-ID
        // (OutboxDispatcher). Without faults every message goes exactly once.
        System.out.println("  mail: every message of the round's buyers received"
                + (again > 0 ? "; " + again + " sent again after a failure, same Message-ID" : " once"));
        if (!FAULTS) {
            assertEquals(0, again, "copies of a message sent again without a fault");
        }
        assertEquals(List.of(), wrong, "every message received, each Message-ID once per message");
    }

    private static String paymentLine(BurstPayments.Figures f) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "%s: %d of %d buyers paid in %.2f s, all PAID after %.2f s (%.0f orders/s); %d asked again after a 503,"
                        + " %d gave up, %d declined once first; webhooks %d sent, %d not answered 200",
                f.fault(),
                f.paid(),
                f.buyers(),
                f.paymentsNanos() / 1e9,
                f.settledNanos() / 1e9,
                f.ordersPerSecond(),
                f.retries(),
                f.gaveUp(),
                f.declinedFirst(),
                f.webhooksSent(),
                f.webhooksRefused()));
        f.stepLatencies()
                .forEach((step, values) -> out.append(String.format(
                        Locale.ROOT,
                        "; %s p50 %.1f / p99 %.1f ms",
                        step,
                        Figures.percentileMillis(values, 50),
                        Figures.percentileMillis(values, 99))));
        if (f.errors() > 0) {
            out.append("; ")
                    .append(f.errors())
                    .append(" failed answers, such as: ")
                    .append(f.errorSample());
        }
        if (!f.problems().isEmpty()) {
            out.append("; PROBLEMS: ").append(f.problems());
        }
        return out.toString();
    }

    private static String paymentReport(List<BurstPayments.Figures> paid) {
        if (paid.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        line(out, "");
        line(
                out,
                "Paying (every buyer with tickets: amount, address, seats confirmed, card, payment; Stripe fake's webhook):");
        String row = "| %-26s | %5s | %8s | %8s | %11s | %11s | %11s | %7s | %8s | %8s |";
        line(
                out,
                row,
                "fault",
                "paid",
                "orders/s",
                "settled s",
                "amount p50/99",
                "address p50/99",
                "payment p50/99",
                "retries",
                "webhooks",
                "lost/dbl");
        line(out, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (BurstPayments.Figures f : paid) {
            line(
                    out,
                    row,
                    f.fault(),
                    f.paid(),
                    decimal(f.ordersPerSecond()),
                    decimal(f.settledNanos() / 1e9),
                    percentiles(f.stepLatencies().get("amount")),
                    percentiles(f.stepLatencies().get("address")),
                    percentiles(f.stepLatencies().get("payment")),
                    f.retries(),
                    f.webhooksSent(),
                    f.problems().size());
        }
        return out.toString();
    }

    private static String percentiles(long[] sorted) {
        return decimal(Figures.percentileMillis(sorted, 50)) + " / " + decimal(Figures.percentileMillis(sorted, 99));
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
                        "session %d: opened in %.0f ms; availability p50 %.1f ms, p99 %.1f ms;"
                                + " %d starts in %.2f s (%.0f/s, p99 %.1f ms);"
                                + " %d claims in %.2f s: %d granted (%.0f/s), %d refused; claim p50 %.1f ms, p99 %.1f ms",
                        f.sessionId(),
                        f.openMillis(),
                        Figures.percentileMillis(f.browseLatencies(), 50),
                        Figures.percentileMillis(f.browseLatencies(), 99),
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
                "| --------- | ------: | -------: | ------: | ------: | -------: | --------: |"
                        + " ------: |".repeat(4));
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
        line(
                out,
                "Oversold 0, sold twice 0%s in every round: checked after each (held and sold within capacity,"
                        + " the orders count what they hold, the consistency check clean); the run fails otherwise",
                PAY ? ", lost or doubled payments 0, lost paid orders 0" : "");
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
