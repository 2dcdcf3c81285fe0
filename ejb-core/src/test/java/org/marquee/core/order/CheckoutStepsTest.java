package org.marquee.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marquee.core.catalog.SalesState;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionPrices;
import org.marquee.core.inventory.OrderHoldings;
import org.marquee.core.platform.Money;
import org.marquee.core.promo.AppliedPromo;
import org.marquee.core.promo.Discount;
import org.marquee.core.promo.PriceComputation;
import org.marquee.core.promo.TicketChoice;

class CheckoutStepsTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final EventSessionOrder order =
            new EventSessionOrder(5, null, OrderToken.hash("token"), NOW, Duration.ofMinutes(15), 6);

    @Test
    void stepsAreTakenInOrderAndRemembered() {
        assertEquals(CheckoutStep.AMOUNT, order.checkoutStep());
        assertThrows(StepNotReached.class, () -> order.giveAddress(address(), false));
        order.chooseAmount(3, Map.of());
        assertEquals(3, order.requestedTickets());
        assertEquals(CheckoutStep.ADDRESS, order.checkoutStep());
        order.giveAddress(address(), true);
        assertTrue(order.newsletterOptIn());
        assertThrows(SeatsMissing.class, () -> order.confirmSeats(2), "two seats for three tickets");
        order.confirmSeats(3);
        order.choosePaymentMethod(PaymentMethod.PAYPAL, 3);
        assertEquals(CheckoutStep.PAYMENT, order.checkoutStep());
        order.chooseAmount(2, Map.of());
        assertEquals(CheckoutStep.PAYMENT, order.checkoutStep(), "going back keeps the furthest step");
    }

    @Test
    void amountsStayWithinTheLimitAndAddUp() {
        assertThrows(TicketLimitReached.class, () -> order.chooseAmount(7, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> order.chooseAmount(0, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> order.chooseAmount(3, Map.of(1L, 1, 2L, 1)));
        assertThrows(IllegalArgumentException.class, () -> order.chooseAmount(1, Map.of(1L, -1, 2L, 2)));
        order.chooseAmount(3, Map.of(1L, 2, 2L, 1, 3L, 0));
        assertEquals(Map.of(1L, 2, 2L, 1), order.amounts());
        assertFalse(order.newsletterOptIn(), "the newsletter box starts unticked");
    }

    @Test
    void noMoreSeatsThanTicketsAskedForAndNoFewerTicketsThanSeatsHeld() {
        order.chooseAmount(1, Map.of());
        order.ticketsHeld(1);
        assertFalse(order.hasRoomFor(1), "a second seat for one ticket (the claims refuse it with AmountReached)");
        order.chooseAmount(2, Map.of());
        assertTrue(order.hasRoomFor(1));
        order.ticketsHeld(2);
        assertThrows(AmountBelowHeld.class, () -> order.chooseAmount(1, Map.of()), "two seats held for one ticket");
        assertEquals(2, order.requestedTickets());
    }

    @Test
    void anAddressNeedsEveryPartAndARealEmail() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new BuyerAddress("Ana", "not-an-email", "Main St 1", "1000", "Lisbon", "Portugal"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new BuyerAddress(" ", "ana@example.com", "Main St 1", "1000", "Lisbon", "Portugal"));
        assertEquals("ana@example.com", address().email());
    }

    @Test
    void totalsGiveTheChosenCategoriesToTheTicketsHeld() {
        SessionOffer offer = new SessionOffer(
                5,
                "Show",
                "show",
                "Hall",
                1,
                ZoneId.of("Europe/Lisbon"),
                NOW,
                SalesState.ON_SALE,
                "EUR",
                List.of(
                        new SessionOffer.Section(10, "Stalls", false, Money.ofMinor(5000, "EUR")),
                        new SessionOffer.Section(11, "Floor", true, Money.ofMinor(3000, "EUR"))),
                List.of(
                        new SessionOffer.Category(1, "Standard", Map.of()),
                        new SessionOffer.Category(2, "Reduced", Map.of(10L, Money.ofMinor(2500, "EUR")))));
        List<TicketChoice> choices = OrderTotals.choices(
                offer, Map.of(1L, 1, 2L, 2), List.of(new OrderHoldings.Places(10, 2), new OrderHoldings.Places(11, 1)));
        // Reduced is sold in the stalls only; Standard has no price of its own anywhere.
        assertEquals(List.of(new TicketChoice(10, 2L, 2), new TicketChoice(11, null, 1)), choices);
        SessionPrices prices = new SessionPrices(
                5,
                7,
                "EUR",
                Map.of(10L, Money.ofMinor(5000, "EUR"), 11L, Money.ofMinor(3000, "EUR")),
                List.of(new SessionPrices.CategoryPrices(2, "Reduced", true, Map.of(10L, Money.ofMinor(2500, "EUR")))));
        OrderTotals totals = OrderTotals.of(offer, PriceComputation.quote(prices, choices, null));
        assertEquals(
                List.of(
                        new TicketLine("Stalls", "Reduced", 2, Money.ofMinor(2500, "EUR"), Money.ofMinor(5000, "EUR")),
                        new TicketLine("Floor", null, 1, Money.ofMinor(3000, "EUR"), Money.ofMinor(3000, "EUR"))),
                totals.lines());
        assertEquals(Money.ofMinor(2 * 2500 + 3000, "EUR"), totals.total());
        OrderTotals discounted = OrderTotals.of(
                offer,
                PriceComputation.quote(prices, choices, new AppliedPromo("TEN", Discount.percent(10, "EUR"), null)));
        assertEquals(Money.ofMinor(8000, "EUR"), discounted.subtotal());
        assertEquals(Money.ofMinor(800, "EUR"), discounted.discount());
        assertEquals(Money.ofMinor(7200, "EUR"), discounted.total());
        assertTrue(OrderTotals.choices(offer, Map.of(), List.of()).isEmpty());
    }

    private static BuyerAddress address() {
        return new BuyerAddress("Ana Silva", " Ana@Example.com ", "Main St 1", "1000-001", "Lisbon", "Portugal");
    }
}
