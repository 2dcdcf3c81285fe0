package org.marquee.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.MigrationSetup;

/**
 * The outbox table and the dispatcher's claim on the embedded database of the demo mode (the
 * system tests run both on PostgreSQL).
 */
class OutboxSchemaTest {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 5, 1, 10, 0, 0, 0, ZoneOffset.UTC);

    private JdbcDataSource dataSource;

    @BeforeEach
    void migratedDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:outbox-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        MigrationSetup.flyway(dataSource).load().migrate();
    }

    @Test
    void aDedupeKeyIsStoredOnceAndOnlyKnownStatusesAreAccepted() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, 1, "order-paid:7", "PENDING", NOW, null);

            assertThrows(SQLException.class, () -> insert(connection, 2, "order-paid:7", "PENDING", NOW, null));
            assertThrows(SQLException.class, () -> insert(connection, 3, "other", "LOST", NOW, null));
        }
    }

    @Test
    void theClaimTakesDueUnleasedPendingMessagesOldestFirstUpToTheLimit() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, 1, "due-later", "PENDING", NOW.minusMinutes(1), null);
            insert(connection, 2, "due-first", "PENDING", NOW.minusMinutes(5), null);
            insert(connection, 3, "future", "PENDING", NOW.plusMinutes(1), null);
            insert(connection, 4, "sent", "SENT", NOW.minusMinutes(9), null);
            insert(connection, 5, "leased", "PENDING", NOW.minusMinutes(9), NOW.plusMinutes(3));
            insert(connection, 6, "lease-ran-out", "PENDING", NOW.minusMinutes(2), NOW.minusSeconds(1));

            assertEquals(List.of(2L, 6L, 1L), claim(connection, 10));
            assertEquals(List.of(2L, 6L), claim(connection, 2));
        }
    }

    @Test
    void aSecondClaimSkipsTheRowsTheFirstHoldsInsteadOfWaiting() throws SQLException {
        try (Connection setup = dataSource.getConnection()) {
            for (int id = 1; id <= 4; id++) {
                insert(setup, id, "m" + id, "PENDING", NOW.minusMinutes(10 - id), null);
            }
        }
        try (Connection first = dataSource.getConnection();
                Connection second = dataSource.getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);

            assertEquals(List.of(1L, 2L), claim(first, 2));
            // H2 applies the limit before it skips (PostgreSQL after, and returns 3 and 4): either
            // way the second claim returns at once and without the rows the first holds.
            List<Long> secondClaim = claim(second, 2);
            assertTrue(secondClaim.stream().noneMatch(id -> id <= 2), "got " + secondClaim);

            first.rollback();
            second.rollback();
        }
    }

    private static List<Long> claim(Connection connection, int limit) throws SQLException {
        // EclipseLink turns the numbered parameters of a native query into plain JDBC ones.
        try (PreparedStatement claim = connection.prepareStatement(OutboxLeases.CLAIM_SQL.replaceAll("\\?\\d", "?"))) {
            claim.setObject(1, NOW);
            claim.setObject(2, NOW);
            claim.setInt(3, limit);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }

    private static void insert(
            Connection connection, long id, String key, String status, OffsetDateTime due, OffsetDateTime leasedUntil)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into outbox_message"
                + " (id, channel, recipient, language, subject, body_text, dedupe_key, status, attempts,"
                + " next_attempt_at, leased_until, created_at, sent_at)"
                + " values (?, 'EMAIL', 'a@example.org', 'en', 'Hi', 'Hello', ?, ?, 0, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setString(2, key);
            insert.setString(3, status);
            insert.setObject(4, due);
            insert.setObject(5, leasedUntil);
            insert.setObject(6, NOW.minusHours(1));
            insert.setObject(7, "SENT".equals(status) ? NOW : null);
            insert.executeUpdate();
        }
    }
}
