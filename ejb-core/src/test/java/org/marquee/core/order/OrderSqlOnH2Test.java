package org.marquee.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.core.testing.EmbeddedDatabase.SESSION;
import static org.marquee.core.testing.EmbeddedDatabase.at;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marquee.core.testing.EmbeddedDatabase;

/** The order's ticket count statements on the demo's embedded database (H2 has no RETURNING). */
class OrderSqlOnH2Test {

    private static final String TOKEN = OrderToken.hash("t");

    private EmbeddedDatabase db;
    private final Instant now = Instant.now();

    @BeforeEach
    void programme() throws SQLException {
        db = EmbeddedDatabase.withProgramme();
        db.order(1, SESSION, TOKEN, now.plusSeconds(600), 3);
        db.order(2, SESSION, TOKEN, now.minusSeconds(1), 3);
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private boolean count(String update, long order, String token, int n) throws SQLException {
        try (PreparedStatement statement = db.prepare(Orders.returningSql(update, false), n, order, token, at(now), n);
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return false;
            }
            assertEquals(SESSION, rows.getLong(1), "the order's session comes back");
            assertTrue(rows.getObject(2) != null, "and its expiry");
            return true;
        }
    }

    @Test
    void addingStopsAtTheLimitAndRemovingAtZero() throws SQLException {
        assertTrue(count(Orders.ADD, 1, TOKEN, 2));
        assertFalse(count(Orders.ADD, 1, TOKEN, 2), "2 + 2 is beyond 3");
        assertTrue(count(Orders.ADD, 1, TOKEN, 1));
        assertEquals(3, db.number("select tickets from event_session_order where id = 1"));

        assertTrue(count(Orders.REMOVE, 1, TOKEN, 3));
        assertFalse(count(Orders.REMOVE, 1, TOKEN, 1), "nothing left to remove");
        assertEquals(0, db.number("select tickets from event_session_order where id = 1"));
    }

    @Test
    void addingStopsAtTheTicketsAskedForOnceChosen() throws SQLException {
        db.execute("update event_session_order set requested_tickets = 1 where id = 1");
        assertTrue(count(Orders.ADD, 1, TOKEN, 1));
        assertFalse(count(Orders.ADD, 1, TOKEN, 1), "one ticket asked for, one seat held");
        assertEquals(1, db.number("select tickets from event_session_order where id = 1"));
    }

    @Test
    void aWrongTokenOrAnExpiredOrderChangesNothing() throws SQLException {
        assertFalse(count(Orders.ADD, 1, OrderToken.hash("guess"), 1));
        assertFalse(count(Orders.ADD, 2, TOKEN, 1), "expired");
        db.execute("update event_session_order set status = 'CANCELLED' where id = 1");
        assertFalse(count(Orders.ADD, 1, TOKEN, 1), "closed");
        assertEquals(0, db.number("select sum(tickets) from event_session_order"));
    }

    @Test
    void theSweeperFindsOnlyExpiredPendingOrders() throws SQLException {
        try (PreparedStatement statement = db.prepare(Orders.EXPIRED, at(now), 10);
                ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next());
            assertEquals(2, rows.getLong(1));
            assertEquals(SESSION, rows.getLong(2));
            assertFalse(rows.next());
        }
    }

    @Test
    void theSweeperLeavesAnExpiredOrderWhosePaymentIsOpenToTheReconciliation() throws SQLException {
        db.order(3, SESSION, TOKEN, now.minusSeconds(5), 3);
        db.execute("update event_session_order set payment_open = true where id = 2");
        db.execute("update event_session_order set status = 'PAID', total_minor = 0, currency = 'EUR' where id = 3");
        try (PreparedStatement statement = db.prepare(Orders.EXPIRED, at(now), 10);
                ResultSet rows = statement.executeQuery()) {
            assertFalse(rows.next(), "an open payment and a paid order are nothing to sweep");
        }
        db.execute("update event_session_order set payment_open = false where id = 2");
        try (PreparedStatement statement = db.prepare(Orders.EXPIRED, at(now), 10);
                ResultSet rows = statement.executeQuery()) {
            assertTrue(rows.next());
            assertEquals(2, rows.getLong(1), "settled, it expires like any other");
        }
    }

    @Test
    void theSchemaRefusesAPaidOrderWithoutItsTotal() {
        org.junit.jupiter.api.Assertions.assertThrows(
                SQLException.class, () -> db.execute("update event_session_order set status = 'PAID' where id = 1"));
    }

    @Test
    void theSchemaRefusesMoreTicketsThanTheLimitWhateverTheCode() {
        org.junit.jupiter.api.Assertions.assertThrows(
                SQLException.class, () -> db.execute("update event_session_order set tickets = 4 where id = 1"));
    }
}
