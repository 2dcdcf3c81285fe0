package org.marquee.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The claim rule's SQL and its Java give the same answer for every status, expiry, count, amount
 * and limit: the SQL in the database of the demo mode (the system tests run the statements that use
 * it on PostgreSQL).
 */
class ClaimRuleTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void sqlAndJavaAgreeOnWhichOrdersTakeOneMoreTicket() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:claim-rule-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE");
        try (Connection connection = dataSource.getConnection()) {
            try (Statement create = connection.createStatement()) {
                create.execute("create table event_session_order (id bigint primary key, status varchar(20),"
                        + " expire_if_not_completed_at timestamp with time zone, tickets int,"
                        + " requested_tickets int, max_tickets int)");
            }
            TreeSet<Long> byJava = new TreeSet<>();
            long id = 0;
            try (PreparedStatement insert =
                    connection.prepareStatement("insert into event_session_order values (?, ?, ?, ?, ?, ?)")) {
                for (OrderStatus status : OrderStatus.values()) {
                    for (long offset : new long[] {-60, -1, 0, 1, 60}) {
                        Instant expiry = NOW.plusSeconds(offset);
                        for (int tickets = 0; tickets <= 4; tickets++) {
                            for (int requested = 0; requested <= 4; requested++) {
                                for (int max = 1; max <= 4; max++) {
                                    id++;
                                    insert.setLong(1, id);
                                    insert.setString(2, status.name());
                                    insert.setObject(3, OffsetDateTime.ofInstant(expiry, ZoneOffset.UTC));
                                    insert.setInt(4, tickets);
                                    insert.setInt(5, requested);
                                    insert.setInt(6, max);
                                    insert.addBatch();
                                    if (ClaimRule.live(status, expiry, NOW)
                                            && tickets + 1 <= ClaimRule.limit(requested, max)) {
                                        byJava.add(id);
                                    }
                                }
                            }
                        }
                    }
                }
                insert.executeBatch();
            }
            List<Long> bySql = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select o.id from event_session_order o where "
                    + ClaimRule.liveSql("o.") + " and o.tickets + 1 <= " + ClaimRule.limitSql("o.")
                    + " order by o.id")) {
                select.setObject(1, OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        bySql.add(rows.getLong(1));
                    }
                }
            }
            assertEquals(new ArrayList<>(byJava), bySql);
        }
    }
}
