package org.marquee.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.core.testing.EmbeddedDatabase.OTHER_SESSION;
import static org.marquee.core.testing.EmbeddedDatabase.SESSION;
import static org.marquee.core.testing.EmbeddedDatabase.at;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marquee.core.order.OrderState;
import org.marquee.core.platform.Money;
import org.marquee.core.testing.EmbeddedDatabase;

/**
 * The admin's orders table on the demo's embedded database: every filter, the sorting and the
 * paging happen in the statement, and the rows read the same on both databases.
 */
class OrderOverviewSqlOnH2Test {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final String TOKEN = "0".repeat(64);

    private EmbeddedDatabase db;

    @BeforeEach
    void orders() throws SQLException {
        db = EmbeddedDatabase.withProgramme();
        db.execute(
                "insert into event (id, title, slug, category_id, status, created_at) values (2, 'Late Night Jazz',"
                        + " 'jazz', 1, 'PUBLISHED', ?)",
                at(NOW.minusSeconds(86_400 * 90)));
        // A session of the jazz night at 23:30 in Berlin on 24 December: 22:30 UTC.
        db.execute(
                "insert into event_session (id, event_id, venue_id, starts_at, ends_at, sales_start, sales_end,"
                        + " status, currency) values (2000, 2, 1, ?, ?, ?, ?, 'SCHEDULED', 'EUR')",
                at(Instant.parse("2026-12-24T22:30:00Z")),
                at(Instant.parse("2026-12-25T01:00:00Z")),
                at(NOW.minusSeconds(86_400)),
                at(Instant.parse("2026-12-24T22:30:00Z")));
        db.execute(
                "insert into app_user (id, email, display_name, enabled, created_at) values (7,"
                        + " 'account@marquee.test', 'Ada Account', true, ?)",
                at(NOW));
        // id, pnr, session, buyer, status, created, expiry, typed name and email, total
        order(1, "AAA1111", SESSION, null, "PAID", days(-10), "Grace Guest", "grace@example.org", 5600L);
        order(2, "BBB2222", SESSION, 7L, "PENDING", days(-3), null, null, null);
        order(3, "CCC3333", 2000, null, "CANCELLED", days(-2), "Carl Cancel", "carl@example.org", null);
        order(4, "DDD4444", OTHER_SESSION, 7L, "PAID", days(-1), "Ada Lovelace", "ada@example.org", 12000L);
        order(5, "EEE5555", 2000, null, "PENDING", NOW.minusSeconds(60), "Eve Pending", "eve@example.org", null);
        order(6, "FFF6666", SESSION, null, "REFUNDED", days(-20), "Fred_Refund", "fred@example.org", 900L);
        // An expired hold the sweep cancelled (nothing held any more), and one it has not reached yet.
        order(7, "GGG7777", SESSION, null, "CANCELLED", days(-4), "Gus Gone", "gus@example.org", null);
        db.execute("update event_session_order set cancel_reason = 'EXPIRED' where id = 7");
        db.execute("update event_session_order set tickets = 1 where id = 2");
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    private static Instant days(int n) {
        return NOW.plusSeconds(86_400L * n);
    }

    private void order(
            long id,
            String pnr,
            long session,
            Long buyer,
            String status,
            Instant created,
            String name,
            String email,
            Long total)
            throws SQLException {
        // Order 2 is a PENDING order whose hold ran out; order 5 is still held.
        Instant expiry = created.plusSeconds(900);
        db.execute(
                "insert into event_session_order (id, pnr, session_id, buyer_id, token_hash, status, max_tickets,"
                        + " tickets, created_at, expire_if_not_completed_at, buyer_name, buyer_email, currency,"
                        + " subtotal_minor, discount_minor, fee_minor, total_minor)"
                        + " values (?, ?, ?, ?, ?, ?, 10, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)",
                id,
                pnr,
                session,
                buyer,
                TOKEN,
                status,
                total == null ? 0 : 2,
                at(created),
                at(expiry),
                name,
                email,
                total == null ? null : "EUR",
                total,
                total);
    }

    private record Result(List<AdminOrderRow> rows, long total) {
        List<String> pnrs() {
            return rows.stream().map(AdminOrderRow::pnr).toList();
        }
    }

    private Result search(OrderFilter filter) throws SQLException {
        return search(filter, null, true, 0, 50);
    }

    private Result search(OrderFilter filter, String sort, boolean ascending, int first, int size) throws SQLException {
        List<Long> sessions = sessionsOn(filter.sessionDay());
        OrderQuery query = new OrderQuery(filter, sessions, NOW);
        List<AdminOrderRow> rows = new ArrayList<>();
        try (PreparedStatement page = db.prepare(
                        query.pageSql(sort, ascending),
                        query.pageParameters(first, size).toArray());
                ResultSet found = page.executeQuery()) {
            while (found.next()) {
                Object[] columns = new Object[15];
                for (int i = 0; i < columns.length; i++) {
                    columns[i] = found.getObject(i + 1);
                }
                rows.add(OrderQuery.row(columns, NOW));
            }
        }
        return new Result(
                rows, db.number(query.countSql(), query.countParameters().toArray()));
    }

    /** What the service does before the query: the sessions on that day in their venue's zone. */
    private List<Long> sessionsOn(LocalDate day) throws SQLException {
        List<Long> ids = new ArrayList<>();
        if (day == null) {
            return ids;
        }
        Instant[] around = OrderQuery.aroundDay(day);
        try (PreparedStatement sessions = db.prepare(OrderQuery.SESSIONS_BETWEEN, at(around[0]), at(around[1]));
                ResultSet found = sessions.executeQuery()) {
            while (found.next()) {
                Instant start =
                        found.getObject(2, java.time.OffsetDateTime.class).toInstant();
                if (start.atZone(ZoneId.of(found.getString(3))).toLocalDate().equals(day)) {
                    ids.add(found.getLong(1));
                }
            }
        }
        return ids;
    }

    private static OrderFilter filter(Map<String, String> columns) {
        return OrderFilter.of(columns, null, null);
    }

    @Test
    void withoutFiltersEveryOrderComesNewestFirst() throws SQLException {
        Result all = search(OrderFilter.none());
        assertEquals(List.of("EEE5555", "DDD4444", "CCC3333", "BBB2222", "AAA1111", "FFF6666"), all.pnrs());
        assertEquals(6, all.total(), "an expired hold that holds nothing is left out unless asked for");
        Result everything = search(filter(Map.of("status", "ALL")));
        assertEquals(7, everything.total());
        assertEquals("GGG7777", everything.pnrs().get(4));
    }

    @Test
    void aRowCarriesTheSessionInItsVenuesZoneTheBuyerAndTheFixedTotal() throws SQLException {
        AdminOrderRow paid = search(filter(Map.of("pnr", "ddd4"))).rows().get(0);
        assertEquals("Show", paid.eventTitle());
        assertEquals(ZoneId.of("Europe/Berlin"), paid.sessionStart().getZone());
        assertEquals("Ada Lovelace", paid.buyerName());
        assertEquals("ada@example.org", paid.buyerEmail());
        assertEquals("account@marquee.test", paid.accountEmail());
        assertEquals(Money.ofMinor(12000, "EUR"), paid.total());
        assertEquals(2, paid.tickets());
        assertEquals("PAID", paid.state());
        assertEquals(days(-1), paid.createdAt());

        AdminOrderRow guest = search(filter(Map.of("pnr", "CCC3333"))).rows().get(0);
        assertTrue(guest.guest());
        assertNull(guest.total(), "no total before the payment started");
    }

    @Test
    void theBuyerFilterSearchesTypedNamesAndEmailsAndTheAccount() throws SQLException {
        assertEquals(
                List.of("AAA1111"), search(filter(Map.of("buyer", "GRACE"))).pnrs());
        assertEquals(
                List.of("CCC3333"),
                search(filter(Map.of("buyer", "carl@example"))).pnrs());
        assertEquals(
                List.of("DDD4444", "BBB2222"),
                search(filter(Map.of("buyer", "account@marquee"))).pnrs());
        assertEquals(
                List.of("DDD4444", "BBB2222"),
                search(filter(Map.of("buyer", "ada acc"))).pnrs(),
                "name");
        assertEquals(List.of("FFF6666"), search(filter(Map.of("buyer", "d_r"))).pnrs(), "an underscore is a letter");
        assertEquals(List.of(), search(filter(Map.of("buyer", "%"))).pnrs(), "a percent sign is a letter");
    }

    @Test
    void theEventAndTheSessionDayInTheVenuesZone() throws SQLException {
        assertEquals(
                List.of("EEE5555", "CCC3333"),
                search(filter(Map.of("event", "jazz"))).pnrs());
        // 22:30 UTC on the 24th is 23:30 on the 24th in Berlin: the 24th, not the 25th.
        assertEquals(
                List.of("EEE5555", "CCC3333"),
                search(filter(Map.of("session", "2026-12-24"))).pnrs());
        assertEquals(0, search(filter(Map.of("session", "2026-12-25"))).total());
        assertEquals(6, search(filter(Map.of("session", "not a day"))).total(), "unreadable: any day");
    }

    @Test
    void aPendingOrderWhoseHoldRanOutIsExpired() throws SQLException {
        assertEquals(
                List.of("EEE5555"), search(filter(Map.of("status", "PENDING"))).pnrs());
        Result expired = search(filter(Map.of("status", "EXPIRED")));
        assertEquals(List.of("BBB2222", "GGG7777"), expired.pnrs(), "swept or not, a hold that ran out is expired");
        assertEquals(OrderState.EXPIRED, expired.rows().get(0).orderState());
        assertEquals("EXPIRED", expired.rows().get(1).state(), "not CANCELLED: nothing was cancelled");
        assertEquals(
                List.of("CCC3333"),
                search(filter(Map.of("status", "CANCELLED"))).pnrs(),
                "a real cancellation only");
        assertEquals(
                List.of("DDD4444", "AAA1111"),
                search(filter(Map.of("status", "PAID"))).pnrs());
        assertEquals(
                List.of("FFF6666"), search(filter(Map.of("status", "REFUNDED"))).pnrs());
        assertEquals(6, search(filter(Map.of("status", "'; drop table x"))).total(), "unknown: any status");
    }

    @Test
    void theCreationRangeIncludesBothDaysInUtc() throws SQLException {
        LocalDate today = NOW.atZone(ZoneOffset.UTC).toLocalDate();
        OrderFilter lastThreeDays =
                new OrderFilter(null, null, null, null, null, today.minusDays(3), today.minusDays(1));
        assertEquals(
                List.of("DDD4444", "CCC3333", "BBB2222"), search(lastThreeDays).pnrs());
        OrderFilter since = new OrderFilter(null, null, null, null, null, today, null);
        assertEquals(List.of("EEE5555"), search(since).pnrs());
        OrderFilter until = new OrderFilter(null, null, null, null, "PAID", null, today.minusDays(5));
        assertEquals(List.of("AAA1111"), search(until).pnrs(), "combined with a status");
    }

    @Test
    void pagesAreSortedAndCountedByTheDatabase() throws SQLException {
        Result first = search(OrderFilter.none(), "total", false, 0, 2);
        assertEquals(List.of("DDD4444", "AAA1111"), first.pnrs());
        assertEquals(6, first.total());
        Result second = search(OrderFilter.none(), "total", false, 2, 2);
        assertEquals(List.of("FFF6666", "EEE5555"), second.pnrs(), "orders without a total come last");
        assertEquals(
                List.of("AAA1111", "BBB2222"),
                search(OrderFilter.none(), "pnr", true, 0, 2).pnrs());
        assertEquals(
                List.of("CCC3333", "EEE5555"),
                search(OrderFilter.none(), "event", true, 0, 2).pnrs().stream()
                        .sorted()
                        .toList());
        assertFalse(
                search(OrderFilter.none(), "token_hash; --", true, 0, 6).pnrs().isEmpty(), "unknown sort: default");
        assertEquals(
                "EEE5555",
                search(OrderFilter.none(), "token_hash; --", true, 0, 6).pnrs().get(0));
    }
}
