package org.marquee.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.DomainException;
import org.marquee.core.testing.Ids;

class EventSessionOrderTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final String TOKEN = "secret-of-the-buyer";

    private final EventSessionOrder order = stored(4);
    private final OrderAccess buyer = OrderAccess.of(77, TOKEN);

    private static EventSessionOrder stored(int maxTickets) {
        EventSessionOrder order = Ids.assign(
                new EventSessionOrder(5, null, OrderToken.hash(TOKEN), NOW, Duration.ofMinutes(15), maxTickets), 77L);
        order.assignPnr();
        return order;
    }

    @Test
    void startsPendingAndHeldForTheHoldTime() {
        assertEquals(OrderStatus.PENDING, order.status());
        assertEquals(NOW.plus(Duration.ofMinutes(15)), order.expireIfNotCompletedAt());
        assertEquals(Pnr.of(77), order.pnr());
        assertEquals(0, order.tickets());
        assertTrue(order.isLive(NOW.plusSeconds(899)));
        assertFalse(order.isLive(NOW.plusSeconds(900)), "the hold ends at its expiry, not a moment later");
        assertTrue(order.isExpired(NOW.plusSeconds(900)));
    }

    @Test
    void refusesWhatCannotBeAnOrder() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new EventSessionOrder(5, null, OrderToken.hash(TOKEN), NOW, Duration.ZERO, 4));
        assertThrows(
                IllegalArgumentException.class,
                () -> new EventSessionOrder(5, null, OrderToken.hash(TOKEN), NOW, Duration.ofMinutes(5), 0));
        assertThrows(
                IllegalArgumentException.class,
                () -> new EventSessionOrder(5, null, OrderToken.hash(TOKEN), NOW, Duration.ofMinutes(5), 101));
        assertThrows(
                IllegalArgumentException.class,
                () -> new EventSessionOrder(5, null, "not-a-hash", NOW, Duration.ofMinutes(5), 4));
        assertThrows(
                IllegalStateException.class,
                () -> new EventSessionOrder(5, null, OrderToken.hash(TOKEN), NOW, Duration.ofMinutes(5), 4).assignPnr(),
                "no reference before the id");
    }

    @Test
    void onlyTheTokenHolderMayChangeIt() {
        assertTrue(order.belongsTo(buyer));
        assertFalse(order.belongsTo(OrderAccess.of(77, "guess")));
        assertFalse(order.belongsTo(OrderAccess.of(78, TOKEN)), "the token of another order");
        assertFalse(order.belongsTo(null));

        assertThrows(NotYourOrder.class, () -> order.checkCanAdd(OrderAccess.of(77, "guess"), 1, NOW));
        order.checkCanAdd(buyer, 1, NOW);
    }

    @Test
    void theLimitCountsWhatTheOrderHolds() {
        order.ticketsHeld(3);

        order.checkCanAdd(buyer, 1, NOW);
        TicketLimitReached refused = assertThrows(TicketLimitReached.class, () -> order.checkCanAdd(buyer, 2, NOW));
        assertEquals("order.limit", refused.messageKey());
        assertEquals(4, refused.arguments()[0], "the limit");
        assertEquals(3, refused.arguments()[1], "held now");
        assertFalse(order.hasRoomFor(0), "nothing is not a claim");
        assertThrows(IllegalArgumentException.class, () -> order.ticketsHeld(5));
    }

    @Test
    void anExpiredOrderTakesNothingMore() {
        assertThrows(OrderExpired.class, () -> order.checkCanAdd(buyer, 1, NOW.plus(Duration.ofMinutes(15))));
        assertThrows(
                IllegalStateException.class,
                () -> order.markPaid(NOW.plus(Duration.ofMinutes(16))),
                "a late payment is the payments' business, not a plain markPaid");
    }

    @Test
    void aClosedOrderTakesNothingMoreWhateverItsExpiry() {
        order.markPaid(NOW.plusSeconds(60));

        DomainException refused =
                assertThrows(OrderClosed.class, () -> order.checkCanAdd(buyer, 1, NOW.plusSeconds(61)));
        assertEquals(OrderStatus.PAID.name(), refused.arguments()[1]);
        assertEquals(NOW.plusSeconds(60), order.closedAt());
    }

    @Test
    void statusMovesOnlyForwardAndEachTransitionHappensOnce() {
        order.markPaid(NOW);
        assertThrows(IllegalStateException.class, () -> order.markPaid(NOW), "paid twice");
        order.refund(NOW);
        assertThrows(IllegalStateException.class, () -> order.cancel(NOW), "a refunded order stays refunded");

        EventSessionOrder abandoned = stored(4);
        abandoned.cancel(NOW);
        assertThrows(IllegalStateException.class, () -> abandoned.markPaid(NOW), "cancelled is final");
        assertThrows(IllegalStateException.class, () -> abandoned.refund(NOW));
    }
}
