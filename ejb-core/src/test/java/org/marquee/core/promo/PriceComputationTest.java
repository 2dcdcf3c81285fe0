package org.marquee.core.promo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marquee.core.catalog.SessionPrices;
import org.marquee.core.catalog.SessionPrices.CategoryPrices;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.ServiceFee;

class PriceComputationTest {

    private static final long STALLS = 10;
    private static final long FLOOR = 11;
    private static final long REDUCED = 100;
    private static final long VIP = 101;

    /** Stalls 40.00, floor 25.00; Reduced (public) 30.00 in the stalls; VIP (hidden) 90.00 in the stalls. */
    private static final SessionPrices PRICES = new SessionPrices(
            1,
            2,
            "EUR",
            Map.of(STALLS, eur(4000), FLOOR, eur(2500)),
            List.of(
                    new CategoryPrices(REDUCED, "Reduced", true, Map.of(STALLS, eur(3000))),
                    new CategoryPrices(VIP, "VIP", false, Map.of(STALLS, eur(9000)))));

    private static Money eur(long minor) {
        return Money.ofMinor(minor, "EUR");
    }

    private static AppliedPromo code(Discount discount, Long category) {
        return new AppliedPromo("CODE", discount, category);
    }

    @Test
    void withoutACodeTheTotalIsTheSumOfTheLines() {
        PriceQuote quote = PriceComputation.quote(
                PRICES,
                List.of(
                        new TicketChoice(STALLS, null, 2),
                        new TicketChoice(FLOOR, null, 1),
                        new TicketChoice(STALLS, REDUCED, 1)),
                null);
        assertEquals(eur(8000 + 2500 + 3000), quote.subtotal());
        assertEquals(eur(0), quote.discount());
        assertEquals(quote.subtotal(), quote.total());
        assertEquals(eur(4000), quote.lines().get(0).unitPrice());
        assertEquals(eur(8000), quote.lines().get(0).amount());
    }

    @Test
    void aPercentageComesOffEveryLine() {
        PriceQuote quote = PriceComputation.quote(
                PRICES,
                List.of(new TicketChoice(STALLS, null, 2), new TicketChoice(FLOOR, null, 1)),
                code(Discount.percent(15, "EUR"), null));
        assertEquals(eur(10500), quote.subtotal());
        assertEquals(eur(1575), quote.discount());
        assertEquals(eur(8925), quote.total());
    }

    @Test
    void aFixedAmountComesOffOncePerOrderAndNeverBelowZero() {
        PriceQuote quote = PriceComputation.quote(
                PRICES, List.of(new TicketChoice(FLOOR, null, 3)), code(Discount.fixed(eur(1000)), null));
        assertEquals(eur(6500), quote.total());

        PriceQuote free = PriceComputation.quote(
                PRICES, List.of(new TicketChoice(FLOOR, null, 1)), code(Discount.fixed(eur(100_000)), null));
        assertEquals(eur(2500), free.discount());
        assertEquals(eur(0), free.total());
    }

    @Test
    void aCategoryCodeDiscountsOnlyThatCategory() {
        PriceQuote quote = PriceComputation.quote(
                PRICES,
                List.of(new TicketChoice(STALLS, null, 1), new TicketChoice(STALLS, REDUCED, 2)),
                code(Discount.percent(50, "EUR"), REDUCED));
        assertFalse(quote.lines().get(0).discounted());
        assertTrue(quote.lines().get(1).discounted());
        assertEquals(eur(3000), quote.discount(), "half of the two Reduced tickets only");
        assertEquals(eur(4000 + 3000), quote.total());

        PriceQuote capped = PriceComputation.quote(
                PRICES,
                List.of(new TicketChoice(STALLS, null, 1), new TicketChoice(STALLS, REDUCED, 1)),
                code(Discount.fixed(eur(5000)), REDUCED));
        assertEquals(eur(3000), capped.discount(), "a fixed amount is capped at the category's lines");
        assertEquals(eur(4000), capped.total());
    }

    @Test
    void aHiddenCategoryNeedsTheCodeThatUnlocksIt() {
        List<TicketChoice> vip = List.of(new TicketChoice(STALLS, VIP, 1));
        assertThrows(CategoryLocked.class, () -> PriceComputation.quote(PRICES, vip, null));
        assertThrows(
                CategoryLocked.class,
                () -> PriceComputation.quote(PRICES, vip, code(Discount.percent(10, "EUR"), REDUCED)),
                "another category's code does not unlock it");
        PriceQuote unlocked = PriceComputation.quote(PRICES, vip, code(Discount.percent(0, "EUR"), VIP));
        assertEquals(eur(9000), unlocked.total());
    }

    @Test
    void choicesTheSessionDoesNotSellAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> PriceComputation.quote(PRICES, List.of(), null));
        assertThrows(
                IllegalArgumentException.class,
                () -> PriceComputation.quote(PRICES, List.of(new TicketChoice(99, null, 1)), null),
                "not a section of the venue");
        assertThrows(
                IllegalArgumentException.class,
                () -> PriceComputation.quote(PRICES, List.of(new TicketChoice(STALLS, 999L, 1)), null),
                "not a category of the session");
        assertThrows(
                IllegalArgumentException.class,
                () -> PriceComputation.quote(PRICES, List.of(new TicketChoice(FLOOR, REDUCED, 1)), null),
                "Reduced is not sold on the floor");
        assertThrows(IllegalArgumentException.class, () -> new TicketChoice(STALLS, null, 0));
    }

    @Test
    void theServiceFeeIsAddedOnWhatTheTicketsCostAfterTheDiscount() {
        ServiceFee fee = new ServiceFee(250, 50, "EUR"); // 2.5 % and 0.50 a ticket
        PriceQuote quote = PriceComputation.quote(
                PRICES, List.of(new TicketChoice(STALLS, null, 2)), code(Discount.percent(50, "EUR"), null), fee);
        assertEquals(eur(8000), quote.subtotal());
        assertEquals(eur(4000), quote.discount());
        assertEquals(eur(100 + 100), quote.fee(), "2.5 % of 40.00 plus 2 x 0.50");
        assertEquals(eur(4000 + 200), quote.total());

        PriceQuote free = PriceComputation.quote(
                PRICES, List.of(new TicketChoice(FLOOR, null, 1)), code(Discount.percent(100, "EUR"), null), fee);
        assertEquals(eur(0), free.fee(), "free tickets carry no fee");
        assertEquals(eur(0), free.total());
        assertEquals(
                eur(0),
                PriceComputation.quote(PRICES, List.of(new TicketChoice(FLOOR, null, 1)), null)
                        .fee());
    }

    /**
     * Issue 12, item 18: a Tokyo session sells in yen, which has no minor unit below the yen: a
     * percentage is rounded to whole yen, a fixed yen amount comes off once, and the platform's
     * fee (2.5 % and EUR 0.50 a ticket) adds only its percentage, never "50" read as ¥50.
     */
    @Test
    void aSessionInYenIsPricedDiscountedAndChargedInWholeYen() {
        SessionPrices tokyo = new SessionPrices(
                1, 2, "JPY", Map.of(STALLS, Money.ofMinor(7700, "JPY"), FLOOR, Money.ofMinor(4300, "JPY")), List.of());
        ServiceFee fee = new ServiceFee(250, 50, "EUR");
        List<TicketChoice> two = List.of(new TicketChoice(STALLS, null, 1), new TicketChoice(FLOOR, null, 1));

        PriceQuote plain = PriceComputation.quote(tokyo, two, null, fee);
        assertEquals(Money.ofMinor(12_000, "JPY"), plain.subtotal());
        assertEquals(Money.ofMinor(300, "JPY"), plain.fee(), "2.5 % of ¥12,000 and no fixed part");
        assertEquals(Money.ofMinor(12_300, "JPY"), plain.total());
        assertEquals("12300", plain.total().amount().toPlainString(), "no decimals");

        PriceQuote tenPercent = PriceComputation.quote(tokyo, two, code(Discount.percent(10, "JPY"), null), fee);
        assertEquals(Money.ofMinor(1200, "JPY"), tenPercent.discount());
        assertEquals(Money.ofMinor(270, "JPY"), tenPercent.fee());

        PriceQuote fixed =
                PriceComputation.quote(tokyo, two, code(Discount.fixed(Money.ofMinor(500, "JPY")), null), fee);
        assertEquals(Money.ofMinor(11_500 + 288, "JPY"), fixed.total(), "¥287.5 rounds half up to ¥288");
    }
}
