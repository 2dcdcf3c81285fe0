package org.marquee.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own pgbench against the test database, as the yardstick of the checkout
 * benchmark: what the same PostgreSQL does per second with the statements of a claim and nothing
 * around them. The tables it uses ({@code bench_*}) belong to the benchmark only.
 */
final class Pgbench {

    /** A single-row conditional UPDATE that always matches: the row's hold ends now, so it is claimable again at once. */
    static final String CONDITIONAL_UPDATE =
            """
            \\set id random(1, 100000)
            update bench_seat set held_until = now() where id = :id and held_until <= now();
            """;

    /** The statements of a seat claim: the order's ticket count, then the seat, in one transaction. */
    static final String CLAIM_TRANSACTION =
            """
            \\set o random(1, 10000)
            \\set id random(1, 100000)
            begin;
            update bench_order set tickets = tickets + 1 where id = :o returning id;
            update bench_seat set order_id = :o, held_until = now() where id = :id and held_until <= now();
            commit;
            """;

    /** Two standing places as rows, skipping locked ones; a place comes back 20 ms after it was taken. */
    static final String PLACES_AS_ROWS =
            """
            update bench_place set held_until = now() + interval '20 milliseconds' where place_no = any (array(
              select place_no from bench_place where held_until < now() limit 2 for update skip locked));
            """;

    /** The same two places from one counter row per section: every claim queues for that row. */
    static final String PLACES_AS_COUNTER =
            """
            update bench_counter set taken = taken + 2 where id = 1 and taken + 2 <= capacity;
            """;

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    private Pgbench() {}

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/pgbench"));
    }

    /** (Re)creates the benchmark's own tables: 100,000 seats, 10,000 orders, 500 places, one counter. */
    static void prepare() throws SQLException {
        try (Connection db = TestDatabase.connect();
                Statement sql = db.createStatement()) {
            for (String statement : List.of(
                    "drop table if exists bench_seat, bench_order, bench_place, bench_counter",
                    "create table bench_seat (id integer primary key, order_id integer,"
                            + " held_until timestamp with time zone not null)",
                    "insert into bench_seat select g, null, '1970-01-01' from generate_series(1, 100000) g",
                    "create table bench_order (id integer primary key, tickets bigint not null)",
                    "insert into bench_order select g, 0 from generate_series(1, 10000) g",
                    "create table bench_place (place_no integer primary key, held_until timestamp with time zone not null)",
                    "insert into bench_place select g, '1970-01-01' from generate_series(1, 500) g",
                    "create index bench_place_claimable_ix on bench_place (held_until)",
                    "create table bench_counter (id integer primary key, taken bigint not null, capacity bigint not null)",
                    "insert into bench_counter values (1, 0, 9000000000000)",
                    "vacuum analyze bench_seat, bench_order, bench_place, bench_counter")) {
                sql.execute(statement);
            }
        }
    }

    /** Runs a script with the given clients for the given seconds; returns pgbench's TPS. */
    static double tps(String script, int clients, int seconds) throws IOException, InterruptedException {
        Path file = Files.createTempFile("pgbench-", ".sql");
        Files.writeString(file, script);
        String url = System.getProperty("marquee.it.db.url", "jdbc:postgresql://127.0.0.1:5432/marquee_it");
        Matcher parts = Pattern.compile("jdbc:postgresql://([^:/]+)(?::(\\d+))?/([^?]+)")
                .matcher(url);
        if (!parts.matches()) {
            throw new IllegalStateException("Cannot read the database of " + url);
        }
        ProcessBuilder pgbench = new ProcessBuilder(
                        "/usr/bin/pgbench",
                        "-h",
                        parts.group(1),
                        "-p",
                        parts.group(2) == null ? "5432" : parts.group(2),
                        "-U",
                        System.getProperty("marquee.it.db.user", "postgres"),
                        "-n",
                        "-c",
                        String.valueOf(clients),
                        "-j",
                        String.valueOf(Math.min(clients, 2)),
                        "-T",
                        String.valueOf(seconds),
                        "-f",
                        file.toString(),
                        parts.group(3))
                .redirectErrorStream(true);
        pgbench.environment().put("PGPASSWORD", System.getProperty("marquee.it.db.password", "postgres"));
        Process process = pgbench.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + output);
        }
        Files.delete(file);
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("No TPS in pgbench's answer:\n" + output);
        }
        return Double.parseDouble(tps.group(1));
    }
}
