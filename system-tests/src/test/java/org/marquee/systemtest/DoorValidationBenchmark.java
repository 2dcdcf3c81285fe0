package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.checkin.TicketCode;
import org.marquee.core.order.OrderToken;

/**
 * Ticket validation through the door's API on one node: {@value #SCANNERS} scanners (a kept-alive
 * connection each, a door link's header), each ticket scanned once (VALID: the check-in UPDATE
 * and the scan log), then every ticket again (ALREADY_USED); then pgbench's single-row
 * conditional UPDATE on the same PostgreSQL with as many clients. Tickets are made straight in
 * the database (one PAID order of a demo session, N tickets, a door link), and their codes
 * signed with the event's key unsealed here with MARQUEE_TICKET_KEY, as the server does. Prints
 * and writes the figures; asserts every answer, not any speed (docs/benchmarks.md).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DoorValidationBenchmark {

    private static final int SCANNERS = Integer.getInteger("marquee.bench.scanners", 20);
    private static final int TICKETS = Integer.getInteger("marquee.bench.tickets", 20000);
    private static final int WARMUP = Integer.getInteger("marquee.bench.scanWarmup", 3000);
    private static final int PGBENCH_SECONDS = Integer.getInteger("marquee.bench.pgbench.seconds", 15);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.marquee();
    }

    @Test
    void twentyScannersAgainstPgbench() throws Exception {
        long sessionId = TestDatabase.count("select min(id) from event_session");
        String secret = OrderToken.generate();
        List<String> codes = tickets(sessionId, WARMUP + TICKETS, secret);
        LoadClient http = LoadClient.of(System.getProperty("marquee.bench.client", "socket"));
        String door = "Door-Token: " + secret;

        run(http, door, sessionId, codes.subList(0, WARMUP), "VALID");
        Optional<CpuMeter> meter = CpuMeter.forServer();
        CpuMeter.Sample before = meter.isPresent() ? meter.get().sample() : null;
        Round valid = run(http, door, sessionId, codes.subList(WARMUP, codes.size()), "VALID");
        CpuMeter.Sample cpu =
                meter.isPresent() ? meter.get().sample().minus(before).per(TICKETS) : null;
        Round used = run(http, door, sessionId, codes.subList(WARMUP, codes.size()), "ALREADY_USED");
        assertEquals(
                TICKETS + WARMUP,
                TestDatabase.count(
                        "select count(*) from ticket where session_id = ? and checked_in_at is not null"
                                + " and checked_in_device like 'bench %'",
                        sessionId));

        double pgbench = 0;
        if (Pgbench.available()) {
            Pgbench.prepare();
            pgbench = Pgbench.tps(Pgbench.CONDITIONAL_UPDATE, SCANNERS, PGBENCH_SECONDS);
        }
        String report = String.format(
                Locale.ROOT,
                "Door validation, %d scanners, %d tickets on one node%n"
                        + "  first scans (VALID): %.0f/s, p50 %.1f ms, p99 %.1f ms%s%n"
                        + "  second scans (ALREADY_USED): %.0f/s, p50 %.1f ms, p99 %.1f ms%n"
                        + "  pgbench single-row conditional UPDATE, %d clients: %.0f TPS; ratio VALID/pgbench %.2f%n",
                SCANNERS,
                TICKETS,
                valid.perSecond(),
                valid.percentile(50),
                valid.percentile(99),
                cpu == null
                        ? ""
                        : String.format(
                                Locale.ROOT,
                                "; CPU per validation: server %.2f ms, PostgreSQL %.2f ms, client %.2f ms",
                                cpu.serverMillis(),
                                cpu.databaseMillis(),
                                cpu.clientMillis()),
                used.perSecond(),
                used.percentile(50),
                used.percentile(99),
                SCANNERS,
                pgbench,
                pgbench == 0 ? 0 : valid.perSecond() / pgbench);
        System.out.println(report);
        Path results = Path.of(System.getProperty("marquee.bench.door.results", "target/door-benchmark.txt"));
        Files.createDirectories(results.toAbsolutePath().getParent());
        Files.writeString(results, report);
    }

    private record Round(long nanos, int count, List<Long> latencies) {

        double perSecond() {
            return count / (nanos / 1e9);
        }

        double percentile(int p) {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
        }
    }

    /** Every code scanned once by one of the scanners; each answer must be the expected one. */
    private static Round run(LoadClient http, String door, long sessionId, List<String> codes, String expected)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(SCANNERS);
        List<Future<List<Long>>> scanners = new ArrayList<>();
        long start = System.nanoTime();
        for (int s = 0; s < SCANNERS; s++) {
            String device = "bench " + s;
            scanners.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                for (int i = next.getAndIncrement(); i < codes.size(); i = next.getAndIncrement()) {
                    String body = "{\"sessionId\":" + sessionId + ",\"code\":\"" + codes.get(i) + "\",\"device\":\""
                            + device + "\"}";
                    long sent = System.nanoTime();
                    LoadClient.Answer answer = http.send("POST", "/api/public/validate", door, body);
                    latencies.add(System.nanoTime() - sent);
                    if (answer.status() != 200 || !answer.body().contains("\"answer\":\"" + expected + "\"")) {
                        throw new IllegalStateException("Unexpected answer " + answer.status() + " " + answer.body());
                    }
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> scanner : scanners) {
            all.addAll(scanner.get(30, TimeUnit.MINUTES));
        }
        long nanos = System.nanoTime() - start;
        pool.shutdown();
        return new Round(nanos, codes.size(), all);
    }

    /** A PAID order of the session with n standing tickets, a door link, the event's key, the signed codes. */
    private static List<String> tickets(long sessionId, int n, String secret) throws Exception {
        long eventId = TestDatabase.count("select event_id from event_session where id = ?", sessionId);
        long sectionId = TestDatabase.count(
                "select min(id) from section where venue_id = (select venue_id from event_session where id = ?)",
                sessionId);
        long orderId = TestDatabase.count("select nextval('event_session_order_seq')");
        Instant now = Instant.now();
        TestDatabase.update(
                "insert into event_session_order (id, pnr, session_id, token_hash, status, tickets, max_tickets,"
                        + " created_at, expire_if_not_completed_at, currency, subtotal_minor, discount_minor, fee_minor,"
                        + " total_minor) values (?, ?, ?, ?, 'PAID', 0, 100, ?, ?, 'EUR', 0, 0, 0, 0)",
                orderId,
                "B" + Long.toString(orderId, 36).toUpperCase(Locale.ROOT),
                sessionId,
                OrderToken.hash(OrderToken.generate()),
                java.sql.Timestamp.from(now),
                java.sql.Timestamp.from(now.plusSeconds(60)));
        long first = TestDatabase.count("select nextval('ticket_seq')");
        TestDatabase.update(
                "insert into ticket (id, order_id, session_id, event_id, section_id, section_name, place_no, holder_name,"
                        + " status, issued_at) select ? + g, ?, ?, ?, ?, 'Bench', g, 'Bench Holder', 'VALID', now()"
                        + " from generate_series(1, ?) g",
                first * 1000,
                orderId,
                sessionId,
                eventId,
                sectionId,
                n);
        // The server's own tickets are numbered from the sequence: past these.
        TestDatabase.count("select setval('ticket_seq', ?)", first * 1000 + n + 1000);
        TestDatabase.update(
                "insert into door_token (id, session_id, token_hash, label, valid_from, valid_until, created_by,"
                        + " created_at) values (nextval('door_token_seq'), ?, ?, 'bench', ?, ?, 'benchmark', ?)",
                sessionId,
                OrderToken.hash(secret),
                java.sql.Timestamp.from(now.minusSeconds(60)),
                java.sql.Timestamp.from(now.plus(Duration.ofHours(3))),
                java.sql.Timestamp.from(now));
        // The server makes the event's key pair when the offline list is first asked for.
        LoadClient.Answer list = LoadClient.of("jdk")
                .send("GET", "/api/public/validate/sessions/" + sessionId + "/counters", "Door-Token: " + secret, null);
        assertEquals(200, list.status(), list.body());
        LoadClient.of("jdk")
                .send("GET", "/api/public/validate/sessions/" + sessionId + "/offline", "Door-Token: " + secret, null);
        PrivateKey key = eventKey(eventId);
        List<String> codes = new ArrayList<>(n);
        for (int g = 1; g <= n; g++) {
            codes.add(TicketCode.sign(first * 1000 + g, sessionId, key));
        }
        return codes;
    }

    /** The event's private key, unsealed as TicketKeySealing does, with the tests' MARQUEE_TICKET_KEY. */
    private static PrivateKey eventKey(long eventId) throws Exception {
        byte[] sealed;
        try (var db = TestDatabase.connect();
                var query = db.prepareStatement("select private_key from event_ticket_key where event_id = ?")) {
            query.setLong(1, eventId);
            try (var rows = query.executeQuery()) {
                rows.next();
                sealed = rows.getBytes(1);
            }
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(
                Cipher.DECRYPT_MODE,
                new SecretKeySpec(Base64.getDecoder().decode(System.getenv("MARQUEE_TICKET_KEY")), "AES"),
                new GCMParameterSpec(128, sealed, 0, 12));
        cipher.updateAAD(("event-ticket-key:" + eventId).getBytes(StandardCharsets.UTF_8));
        byte[] pkcs8 = cipher.doFinal(sealed, 12, sealed.length - 12);
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }
}
