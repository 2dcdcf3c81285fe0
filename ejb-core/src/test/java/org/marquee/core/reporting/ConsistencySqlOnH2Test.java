package org.marquee.core.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marquee.core.testing.EmbeddedDatabase.FIRST_SEAT;
import static org.marquee.core.testing.EmbeddedDatabase.FLOOR;
import static org.marquee.core.testing.EmbeddedDatabase.FLOOR_CAPACITY;
import static org.marquee.core.testing.EmbeddedDatabase.SESSION;
import static org.marquee.core.testing.EmbeddedDatabase.STALLS;
import static org.marquee.core.testing.EmbeddedDatabase.at;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marquee.core.testing.EmbeddedDatabase;

/**
 * The consistency check on the demo's embedded database: a database where a buyer holds a seat
 * and another paid for two is consistent, and each way of breaking an invariant is found by its
 * rule, and by that rule alone (the system tests run the same statement on PostgreSQL after the
 * concurrency tests, where it must find nothing).
 */
class ConsistencySqlOnH2Test {

    private static final OffsetDateTime FREE = Instant.EPOCH.atOffset(ZoneOffset.UTC);
    private static final OffsetDateTime SOLD = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final long HOLDER = 1;
    private static final long BUYER = 2;
    private static final long TOTAL = 9000;

    private final Instant now = Instant.now();
    private final Instant until = now.plusSeconds(900);
    private EmbeddedDatabase db;

    @BeforeEach
    void aHoldAndAPaidOrder() throws SQLException {
        db = EmbeddedDatabase.withProgramme();
        for (int i = 0; i < 5; i++) {
            db.execute(
                    "insert into session_seat (session_id, seat_id, section_id, held_until) values (?, ?, ?, ?)",
                    SESSION,
                    FIRST_SEAT + i,
                    STALLS,
                    FREE);
        }
        for (int place = 1; place <= FLOOR_CAPACITY; place++) {
            db.execute(
                    "insert into session_place (session_id, section_id, place_no, held_until) values (?, ?, ?, ?)",
                    SESSION,
                    FLOOR,
                    place,
                    FREE);
        }
        db.order(HOLDER, SESSION, "a".repeat(64), until, 4);
        seat(FIRST_SEAT, HOLDER, at(until));

        db.order(BUYER, SESSION, "b".repeat(64), until, 4);
        db.execute(
                "update event_session_order set status = 'PAID', paid_at = ?, currency = 'EUR', total_minor = ?,"
                        + " buyer_email = 'ben@example.com' where id = ?",
                at(now),
                TOTAL,
                BUYER);
        seat(FIRST_SEAT + 1, BUYER, SOLD);
        place(1, BUYER, SOLD);
        ticket(10, BUYER, FIRST_SEAT + 1, null);
        ticket(11, BUYER, null, 1);
        payment(20, BUYER, "SUCCEEDED", TOTAL);
        db.execute(
                "insert into outbox_message (id, channel, recipient, language, body_text, dedupe_key, status,"
                        + " next_attempt_at, created_at) values (30, 'EMAIL', 'ben@example.com', 'en', 'Thanks',"
                        + " 'order-placed:" + BUYER + "', 'PENDING', ?, ?)",
                at(now),
                at(now));
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void aHoldAndAPaidOrderAreConsistent() throws SQLException {
        assertEquals(List.of(), violations());
    }

    @Test
    void aSeatSoldTwiceIsFound() throws SQLException {
        long other = 3;
        db.order(other, SESSION, "c".repeat(64), until, 4);
        ticket(12, other, FIRST_SEAT + 1, null);

        assertEquals(Set.of("seat-sold-twice", "ticket-row-not-sold", "ticket-of-unpaid-order"), rules());
    }

    @Test
    void aPlaceSoldTwiceIsFound() throws SQLException {
        long other = 3;
        db.order(other, SESSION, "c".repeat(64), until, 4);
        ticket(12, other, null, 1);

        assertEquals(Set.of("place-sold-twice", "ticket-row-not-sold", "ticket-of-unpaid-order"), rules());
    }

    @Test
    void aRowSoldToAnOrderThatIsNotPaidIsFound() throws SQLException {
        seat(FIRST_SEAT + 2, HOLDER, SOLD);

        assertEquals(Set.of("seat-sold-without-paid-order"), rules());
    }

    @Test
    void aPlaceSoldToAnOrderThatIsNotPaidIsFound() throws SQLException {
        place(2, HOLDER, SOLD);

        assertEquals(Set.of("place-sold-without-paid-order"), rules());
    }

    @Test
    void aHoldOfACancelledOrderIsFound() throws SQLException {
        place(2, HOLDER, at(until));
        db.execute("update event_session_order set status = 'CANCELLED', closed_at = ? where id = ?", at(now), HOLDER);

        assertEquals(Set.of("seat-held-by-closed-order", "place-held-by-closed-order"), rules());
    }

    @Test
    void aHoldLongerThanItsOrdersIsFound() throws SQLException {
        place(2, HOLDER, at(until.plusSeconds(60)));
        assertEquals(Set.of("place-held-past-order-expiry"), rules());

        place(2, HOLDER, at(until));
        seat(FIRST_SEAT + 3, HOLDER, at(until.plusSeconds(60)));
        assertEquals(Set.of("seat-held-past-order-expiry"), rules());
    }

    @Test
    void aPaidOrderWithoutItsPaymentTimeIsFound() throws SQLException {
        db.execute("update event_session_order set paid_at = null where id = ?", BUYER);

        assertEquals(
                Set.of("order-status-marks", "payment-without-paid-order"),
                rules(),
                "without the time, its payment looks like money without a paid order");
    }

    @Test
    void aStandingSectionAboveItsCapacityIsFound() throws SQLException {
        db.execute("update section set capacity = 0 where id = ?", FLOOR);

        assertEquals(Set.of("standing-over-capacity"), rules());
    }

    @Test
    void anExpiredOrderTheSweeperLeftIsFoundAfterAMinute() throws SQLException {
        Instant expired = now.minusSeconds(30);
        db.execute(
                "update event_session_order set expire_if_not_completed_at = ?, created_at = ? where id = ?",
                at(expired),
                at(expired.minusSeconds(900)),
                HOLDER);
        seat(FIRST_SEAT, HOLDER, at(expired));
        assertEquals(Set.of(), rules(), "within the grace");

        Instant longAgo = now.minusSeconds(120);
        db.execute("update event_session_order set expire_if_not_completed_at = ? where id = ?", at(longAgo), HOLDER);
        assertEquals(Set.of("expired-order-not-released"), rules());

        db.execute("update event_session_order set payment_open = true where id = ?", HOLDER);
        assertEquals(Set.of(), rules(), "its payment decides");
    }

    @Test
    void aPaidOrderWithoutItsMoneyIsFound() throws SQLException {
        db.execute("update payment set amount_minor = ? where id = 20", TOTAL - 1);
        assertEquals(Set.of("paid-order-payments"), rules());

        db.execute("update payment set amount_minor = ? where id = 20", TOTAL);
        payment(21, BUYER, "SUCCEEDED", TOTAL);
        assertEquals(Set.of("paid-order-payments"), rules(), "charged twice");

        db.execute("delete from payment");
        assertEquals(Set.of("paid-order-payments"), rules(), "not charged");
    }

    @Test
    void moneyTakenForAnOrderThatWasNeverPaidIsFound() throws SQLException {
        payment(21, HOLDER, "SUCCEEDED", 5000);

        assertEquals(Set.of("payment-without-paid-order"), rules());
    }

    @Test
    void aRefundDueForADayIsFound() throws SQLException {
        payment(21, HOLDER, "REFUND_DUE", 5000);
        assertEquals(Set.of(), rules(), "the refund is on its way");

        db.execute("update payment set created_at = ? where id = 21", at(now.minusSeconds(2 * 86_400)));
        assertEquals(Set.of("refund-overdue"), rules());
    }

    @Test
    void refundingMoreThanWasPaidIsFound() throws SQLException {
        db.execute("update event_session_order set refunded_minor = ? where id = ?", TOTAL + 1, BUYER);

        assertEquals(Set.of("refunded-more-than-paid"), rules());
    }

    @Test
    void aPaidOrderMissingATicketIsFound() throws SQLException {
        db.execute("delete from ticket where id = 11");

        assertEquals(Set.of("paid-order-tickets"), rules());
    }

    @Test
    void aTicketOfARefundedOrderStillValidIsFound() throws SQLException {
        db.execute("update event_session_order set status = 'REFUNDED', closed_at = ? where id = ?", at(now), BUYER);
        db.execute("update session_seat set order_id = null, held_until = ? where order_id = ?", FREE, BUYER);
        db.execute("update session_place set order_id = null, held_until = ? where order_id = ?", FREE, BUYER);

        assertEquals(Set.of("ticket-of-unpaid-order", "ticket-row-not-sold"), rules());
    }

    @Test
    void aTicketCheckedInTwiceIsFound() throws SQLException {
        scan(40, 10);
        assertEquals(Set.of(), rules());

        scan(41, 10);
        assertEquals(Set.of("ticket-checked-in-twice"), rules());
    }

    @Test
    void aPaidOrderWithoutItsEmailAndAMessageLeftUnsentAreFound() throws SQLException {
        db.execute("update outbox_message set dedupe_key = 'something-else'");
        assertEquals(Set.of("paid-order-without-mail"), rules());

        db.execute(
                "update outbox_message set dedupe_key = ?, next_attempt_at = ? where id = 30",
                "order-placed:" + BUYER,
                at(now.minusSeconds(3600)));
        assertEquals(Set.of("outbox-message-stuck"), rules());
    }

    @Test
    void promoCodeUsesAreCountedAndWithinTheirLimits() throws SQLException {
        db.execute(
                "insert into promo_code (id, event_id, code, discount_kind, discount_value, currency, max_uses,"
                        + " max_uses_per_buyer, uses, created_at) values (50, 1, 'SPRING', 'PERCENT', 10, 'EUR', 2, 1, 2, ?)",
                at(now));
        use(HOLDER, "HELD", at(until), "ana@example.com");
        use(BUYER, "FINAL", SOLD, "ana@example.com");

        assertEquals(Set.of("promo-used-beyond-buyer-limit"), rules(), "two uses of one buyer");

        db.execute("update promo_code_use set state = 'RELEASED' where order_id = ?", HOLDER);
        assertEquals(Set.of("promo-uses-count"), rules());
    }

    @Test
    void finalUsesBeyondTheCodesLimitAreFound() throws SQLException {
        db.execute(
                "insert into promo_code (id, event_id, code, discount_kind, discount_value, currency, max_uses,"
                        + " uses, created_at) values (50, 1, 'SPRING', 'PERCENT', 10, 'EUR', 1, 1, ?)",
                at(now));
        use(BUYER, "FINAL", SOLD, "ben@example.com");
        assertEquals(Set.of(), rules());

        use(HOLDER, "FINAL", SOLD, "ana@example.com");
        assertEquals(Set.of("promo-uses-count", "promo-used-beyond-limit"), rules());
    }

    @Test
    void aWaitingRoomGivesEachPlaceOnceAndAdmitsOnlyInTurn() throws SQLException {
        db.execute(
                "insert into waiting_room (session_id, enabled, admit_per_minute, admission_minutes, drawn,"
                        + " last_position, admitted_through, updated_at) values (?, true, 60, 10, true, 3, 1.5, ?)",
                SESSION,
                at(now));
        queued("v1", 1, at(now));
        queued("v2", 2, null);
        queued("v3", 3, null);
        assertEquals(Set.of(), rules());

        db.execute("update waiting_room_entry set admitted_at = ? where visitor_hash = 'v2'", at(now));
        assertEquals(Set.of("queue-admitted-out-of-turn"), rules(), "place 2 admitted with the room at 1.5");

        db.execute("update waiting_room_entry set admitted_at = null, position = 1 where visitor_hash = 'v2'");
        assertEquals(Set.of("queue-place-twice"), rules());

        db.execute("update waiting_room_entry set position = 4 where visitor_hash = 'v2'");
        assertEquals(Set.of("queue-admitted-out-of-turn"), rules(), "a place beyond the last one given");
    }

    private void queued(String visitor, long position, Object admittedAt) throws SQLException {
        db.execute(
                "insert into waiting_room_entry (visitor_hash, session_id, arrived_at, position, admitted_at)"
                        + " values (?, ?, ?, ?, ?)",
                visitor,
                SESSION,
                at(now),
                position,
                admittedAt);
    }

    @Test
    void aCheckNarrowedToEventsSeesOnlyTheirViolations() throws SQLException {
        db.execute("delete from ticket where id = 11");
        db.execute("update outbox_message set next_attempt_at = ? where id = 30", at(now.minusSeconds(3600)));

        assertEquals(
                List.of("paid-order-tickets"),
                ConsistencyStatement.run(connection(), Set.of(1L)).stream()
                        .map(ConsistencyViolation::rule)
                        .toList(),
                "a message belongs to no event");
        assertEquals(List.of(), ConsistencyStatement.run(connection(), Set.of(2L)));
        assertEquals(1L, violations().get(0).eventId());
    }

    @Test
    void theListHasEveryRuleOfTheFileAndNoOther() throws Exception {
        String file;
        try (InputStream in =
                ConsistencyStatement.class.getClassLoader().getResourceAsStream(ConsistencyStatement.RESOURCE)) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> inFile = new TreeSet<>();
        Matcher named = Pattern.compile("select '([a-z-]+)'(?: as rule)?, \\d").matcher(file);
        while (named.find()) {
            inFile.add(named.group(1));
        }
        var perKind =
                java.util.regex.Pattern.compile("i\\.kind \\|\\| '(-[a-z-]+)'").matcher(file);
        while (perKind.find()) {
            inFile.add("seat" + perKind.group(1));
            inFile.add("place" + perKind.group(1));
        }
        Set<String> listed = new TreeSet<>();
        ConsistencyStatement.RULES.forEach(rule -> listed.add(rule.name()));

        assertEquals(inFile, listed);
    }

    private List<ConsistencyViolation> violations() throws SQLException {
        return ConsistencyStatement.run(connection());
    }

    private Set<String> rules() throws SQLException {
        Set<String> rules = new TreeSet<>();
        violations().forEach(v -> rules.add(v.rule()));
        return rules;
    }

    private Connection connection() throws SQLException {
        return db.connection();
    }

    private void seat(long seat, long order, OffsetDateTime heldUntil) throws SQLException {
        db.execute(
                "update session_seat set order_id = ?, held_until = ? where session_id = ? and seat_id = ?",
                order,
                heldUntil,
                SESSION,
                seat);
    }

    private void place(int place, long order, OffsetDateTime heldUntil) throws SQLException {
        db.execute(
                "update session_place set order_id = ?, held_until = ? where session_id = ? and place_no = ?",
                order,
                heldUntil,
                SESSION,
                place);
    }

    private void ticket(long id, long order, Long seat, Integer place) throws SQLException {
        db.execute(
                "insert into ticket (id, order_id, session_id, event_id, section_id, section_name, seat_id, place_no,"
                        + " status, issued_at) values (?, ?, ?, 1, ?, 'S', ?, ?, 'VALID', ?)",
                id,
                order,
                SESSION,
                seat == null ? FLOOR : STALLS,
                seat,
                place,
                at(now));
    }

    private void payment(long id, long order, String status, long amount) throws SQLException {
        db.execute(
                "insert into payment (id, order_id, provider, payment_ref, amount_minor, currency, status, created_at)"
                        + " values (?, ?, 'STRIPE', ?, ?, 'EUR', ?, ?)",
                id,
                order,
                "pi_" + id,
                amount,
                status,
                at(now));
    }

    private void scan(long id, long ticket) throws SQLException {
        db.execute(
                "insert into ticket_scan (id, session_id, ticket_id, answer, device, scanned_at, recorded_at)"
                        + " values (?, ?, ?, 'VALID', 'door 1', ?, ?)",
                id,
                SESSION,
                ticket,
                at(now),
                at(now));
    }

    private void use(long order, String state, OffsetDateTime heldUntil, String buyer) throws SQLException {
        db.execute(
                "insert into promo_code_use (order_id, promo_code_id, buyer_key, state, held_until, applied_at)"
                        + " values (?, 50, ?, ?, ?, ?)",
                order,
                buyer,
                state,
                heldUntil,
                at(now));
    }
}
