package org.marquee.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.Money;
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

    /** Takes the order through the steps to the payment, holding two tickets of 25.00 each. */
    private static void readyToPay(EventSessionOrder order) {
        order.chooseAmount(2, Map.of());
        order.giveAddress(new BuyerAddress("Ada", "ada@example.com", "Main St 1", "10115", "Berlin", "DE"), false);
        order.ticketsHeld(2);
        order.confirmSeats(2);
        order.choosePaymentMethod(PaymentMethod.CARD, 2);
    }

    private static OrderTotals totals(long each, long discount, long fee) {
        Money unit = Money.ofMinor(each, "EUR");
        Money subtotal = unit.times(2);
        Money total = subtotal.minus(Money.ofMinor(discount, "EUR")).plus(Money.ofMinor(fee, "EUR"));
        return new OrderTotals(
                List.of(new TicketLine("Stalls", null, 2, unit, subtotal)),
                subtotal,
                Money.ofMinor(discount, "EUR"),
                Money.ofMinor(fee, "EUR"),
                total,
                null);
    }

    private static final Duration HOLD = Duration.ofMinutes(15);
    private static final Duration PAYMENT_HOLD = Duration.ofMinutes(10);

    @Test
    void startingToPayFixesTheTotalsAndExtendsTheHoldBoundedly() {
        readyToPay(order);

        assertTrue(order.startPayment(totals(2500, 0, 150), "de", NOW.plusSeconds(600), HOLD, PAYMENT_HOLD));
        assertEquals(Money.ofMinor(5150, "EUR"), order.total().orElseThrow());
        assertEquals(Money.ofMinor(150, "EUR"), order.fixedTotals().fee());
        assertEquals("de", order.language());
        assertTrue(order.paymentOpen(), "the sweeper leaves it to the reconciliation");
        assertEquals(NOW.plusSeconds(600).plus(PAYMENT_HOLD), order.expireIfNotCompletedAt());

        order.startPayment(totals(2500, 0, 150), "de", NOW.plusSeconds(1100), HOLD, PAYMENT_HOLD);
        assertEquals(
                NOW.plus(HOLD).plus(PAYMENT_HOLD),
                order.expireIfNotCompletedAt(),
                "starting again never holds past the hold plus one payment hold");
    }

    @Test
    void aFreeOrderNeedsNoProviderAndOnlyALiveOrderStartsToPay() {
        readyToPay(order);
        assertFalse(order.startPayment(totals(2500, 5000, 0), "en", NOW, HOLD, PAYMENT_HOLD));
        assertFalse(order.paymentOpen());

        EventSessionOrder late = stored(4);
        readyToPay(late);
        assertThrows(
                IllegalStateException.class,
                () -> late.startPayment(totals(2500, 0, 0), "en", NOW.plus(HOLD), HOLD, PAYMENT_HOLD));
        EventSessionOrder early = stored(4);
        early.chooseAmount(2, Map.of());
        assertThrows(StepNotReached.class, () -> early.startPayment(totals(2500, 0, 0), "en", NOW, HOLD, PAYMENT_HOLD));
        EventSessionOrder fewer = stored(4);
        readyToPay(fewer);
        fewer.ticketsHeld(1);
        assertThrows(
                SeatsMissing.class,
                () -> fewer.startPayment(totals(2500, 0, 0), "en", NOW, HOLD, PAYMENT_HOLD),
                "the totals are of the seats it holds");
    }

    @Test
    void anExpiredOrderTakesNothingMore() {
        assertThrows(OrderExpired.class, () -> order.checkCanAdd(buyer, 1, NOW.plus(Duration.ofMinutes(15))));
        assertThrows(
                IllegalStateException.class,
                () -> order.markPaid(NOW.plus(Duration.ofMinutes(16))),
                "no order is paid without the totals fixed when its payment started");
    }

    @Test
    void aClosedOrderTakesNothingMoreWhateverItsExpiry() {
        readyToPay(order);
        order.startPayment(totals(2500, 0, 0), "en", NOW, HOLD, PAYMENT_HOLD);
        order.markPaid(NOW.plusSeconds(60));
        assertEquals(NOW.plusSeconds(60), order.paidAt());
        assertFalse(order.paymentOpen());

        DomainException refused =
                assertThrows(OrderClosed.class, () -> order.checkCanAdd(buyer, 1, NOW.plusSeconds(61)));
        assertEquals(OrderStatus.PAID.name(), refused.arguments()[1]);
        assertEquals(NOW.plusSeconds(60), order.closedAt());
    }

    @Test
    void statusMovesOnlyForwardAndEachTransitionHappensOnce() {
        readyToPay(order);
        order.startPayment(totals(2500, 0, 0), "en", NOW, HOLD, PAYMENT_HOLD);
        order.markPaid(NOW);
        assertThrows(IllegalStateException.class, () -> order.markPaid(NOW), "paid twice");
        order.refund(NOW);
        assertThrows(
                IllegalStateException.class,
                () -> order.cancel(CancelReason.EVENT_CANCELLED, NOW),
                "a refunded order stays refunded");

        EventSessionOrder abandoned = stored(4);
        readyToPay(abandoned);
        abandoned.startPayment(totals(2500, 0, 0), "en", NOW, HOLD, PAYMENT_HOLD);
        abandoned.cancel(CancelReason.ABANDONED, NOW);
        assertThrows(IllegalStateException.class, () -> abandoned.markPaid(NOW), "cancelled is final");
        assertThrows(IllegalStateException.class, () -> abandoned.refund(NOW));
    }

    @Test
    void anExpiredHoldReadsExpiredNotCancelled() {
        Instant late = NOW.plus(HOLD);
        assertEquals(OrderState.PENDING, order.state(NOW));
        assertEquals(OrderState.EXPIRED, order.state(late), "past its hold before any sweep");
        assertThrows(
                IllegalStateException.class,
                () -> stored(4).cancel(CancelReason.EXPIRED, NOW),
                "a live hold does not expire");

        order.cancel(CancelReason.EXPIRED, late);
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals(CancelReason.EXPIRED, order.cancelReason());
        assertEquals(OrderState.EXPIRED, order.state(late), "swept: still expired, not a cancellation");

        EventSessionOrder given = stored(4);
        given.cancel(CancelReason.ABANDONED, NOW);
        assertEquals(OrderState.CANCELLED, given.state(NOW));
        EventSessionOrder calledOff = stored(4);
        calledOff.cancel(CancelReason.EVENT_CANCELLED, NOW);
        assertEquals(OrderState.CANCELLED, calledOff.state(NOW), "a pending order closes with its session");

        EventSessionOrder paid = stored(4);
        readyToPay(paid);
        paid.startPayment(totals(2500, 0, 0), "en", NOW, HOLD, PAYMENT_HOLD);
        paid.markPaid(NOW);
        assertThrows(
                IllegalStateException.class,
                () -> paid.cancel(CancelReason.ABANDONED, NOW),
                "a paid order closes only with its session or event");
    }
}
