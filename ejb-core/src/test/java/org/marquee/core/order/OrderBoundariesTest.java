package org.marquee.core.order;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marquee.core.catalog.SalesState;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.inventory.OrderHoldings;
import org.marquee.core.platform.Money;
import org.marquee.core.promo.TicketChoice;
import org.marquee.core.testing.Ids;

/**
 * The edges of the order's rules, where a limit is reached but not passed: each test fails when a
 * comparison is off by one or a check is dropped (found by mutation testing, docs/benchmarks.md).
 */
class OrderBoundariesTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final String TOKEN = "secret-of-the-buyer";

    private static EventSessionOrder order(int maxTickets) {
        EventSessionOrder order = Ids.assign(
                new EventSessionOrder(5, null, OrderToken.hash(TOKEN), NOW, Duration.ofMinutes(15), maxTickets), 77L);
        order.assignPnr();
        return order;
    }

    @Test
    void anOrderMayHoldOneTicketOrAHundred() {
        assertEquals(1, order(1).maxTickets());
        assertEquals(100, order(100).maxTickets());
    }

    @Test
    void theTicketsHeldRangeFromNoneToTheLimit() {
        EventSessionOrder order = order(4);
        order.ticketsHeld(4);
        assertEquals(4, order.tickets());
        order.ticketsHeld(0);
        assertEquals(0, order.tickets());
        assertThrows(IllegalArgumentException.class, () -> order.ticketsHeld(5));
        assertThrows(IllegalArgumentException.class, () -> order.ticketsHeld(-1));
    }

    @Test
    void aStrangerIsRefusedWithTheOrderTheyNamed() {
        EventSessionOrder order = order(4);
        NotYourOrder refused =
                assertThrows(NotYourOrder.class, () -> order.checkChangeableBy(OrderAccess.of(91, "guess"), NOW));
        assertArrayEquals(new Object[] {91L}, refused.arguments());
        NotYourOrder anonymous = assertThrows(NotYourOrder.class, () -> order.checkChangeableBy(null, NOW));
        assertArrayEquals(new Object[] {-1L}, anonymous.arguments());
    }

    @Test
    void addingUpToTheLimitPastTheAmountIsTheAmountsRefusal() {
        EventSessionOrder order = order(4);
        order.chooseAmount(2, Map.of());
        order.ticketsHeld(2);
        // Two more would reach the order's limit exactly: it is the amount chosen that refuses them.
        assertThrows(AmountReached.class, () -> order.checkCanAdd(OrderAccess.of(77, TOKEN), 2, NOW));
        assertThrows(TicketLimitReached.class, () -> order.checkCanAdd(OrderAccess.of(77, TOKEN), 3, NOW));
        EventSessionOrder noAmount = order(4);
        noAmount.ticketsHeld(4);
        assertThrows(TicketLimitReached.class, () -> noAmount.checkCanAdd(OrderAccess.of(77, TOKEN), 1, NOW));
    }

    @Test
    void theAmountMayBeTheLimitOrTheSeatsHeld() {
        EventSessionOrder order = order(4);
        order.chooseAmount(4, Map.of());
        assertEquals(4, order.requestedTickets());
        order.ticketsHeld(3);
        order.chooseAmount(3, Map.of());
        assertEquals(3, order.requestedTickets(), "as many tickets as seats held");
    }

    @Test
    void aNewAmountPerKindReplacesTheOldOne() {
        EventSessionOrder order = order(4);
        order.chooseAmount(2, Map.of(1L, 2));
        order.chooseAmount(1, Map.of(2L, 1));
        assertEquals(Map.of(2L, 1), order.amounts());
    }

    @Test
    void seatsAndThePaymentMethodWaitForTheirStep() {
        EventSessionOrder order = order(4);
        assertThrows(StepNotReached.class, () -> order.confirmSeats(0));
        assertThrows(StepNotReached.class, () -> order.choosePaymentMethod(PaymentMethod.CARD, 0));
        assertEquals(CheckoutStep.AMOUNT, order.checkoutStep());
    }

    @Test
    void anOrderOfOneTicketCanBePaid() {
        EventSessionOrder order = order(4);
        order.chooseAmount(1, Map.of());
        order.giveAddress(
                new BuyerAddress("Ana Silva", "ana@example.com", "Main St 1", "1000-001", "Lisbon", "Portugal"), false);
        order.ticketsHeld(1);
        order.confirmSeats(1);
        order.choosePaymentMethod(PaymentMethod.CARD, 1);
        OrderTotals totals = OrderTotals.of(
                offer(),
                org.marquee.core.promo.PriceComputation.quote(
                        new org.marquee.core.catalog.SessionPrices(
                                5, 7, "EUR", Map.of(10L, Money.ofMinor(5000, "EUR")), List.of()),
                        List.of(new TicketChoice(10, null, 1)),
                        null));
        assertDoesNotThrow(() -> order.startPayment(totals, "en", NOW, Duration.ofMinutes(15), Duration.ofMinutes(30)));
        assertEquals(Money.ofMinor(5000, "EUR"), order.total().orElseThrow());
    }

    @Test
    void aKindWithoutTicketsTakesNone() {
        // Only Reduced is chosen: Standard, first in the session's order, must not take a ticket.
        List<TicketChoice> choices =
                OrderTotals.choices(offer(), Map.of(2L, 1), List.of(new OrderHoldings.Places(10, 2)));
        assertEquals(List.of(new TicketChoice(10, 2L, 1), new TicketChoice(10, null, 1)), choices);
    }

    @Test
    void aLinkKeyHasAtLeast32Bytes() {
        assertDoesNotThrow(() -> new OrderLinkSignature(new byte[32]));
        assertThrows(IllegalArgumentException.class, () -> new OrderLinkSignature(new byte[31]));
    }

    @Test
    void everyLetterOfTheAlphabetMakesAReference() {
        String first = String.valueOf(Pnr.ALPHABET.charAt(0)).repeat(Pnr.LENGTH);
        assertEquals(first, Pnr.normalize(first));
    }

    private static SessionOffer offer() {
        return new SessionOffer(
                5,
                "Show",
                "show",
                "Hall",
                1,
                ZoneId.of("Europe/Lisbon"),
                NOW,
                SalesState.ON_SALE,
                "EUR",
                List.of(new SessionOffer.Section(10, "Stalls", false, Money.ofMinor(5000, "EUR"))),
                List.of(
                        new SessionOffer.Category(1, "Standard", Map.of(10L, Money.ofMinor(5000, "EUR"))),
                        new SessionOffer.Category(2, "Reduced", Map.of(10L, Money.ofMinor(2500, "EUR")))));
    }
}
