package org.marquee.core.promo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.marquee.core.platform.Money;

class DiscountTest {

    private static Money eur(long minor) {
        return Money.ofMinor(minor, "EUR");
    }

    @Test
    void aPercentageIsRoundedDownToTheCent() {
        assertEquals(eur(333), Discount.percent(10, "EUR").off(eur(3339)), "333.9 cents: the buyer gets 333");
        assertEquals(eur(1000), Discount.percent(25, "EUR").off(eur(4000)));
        assertEquals(eur(4000), Discount.percent(100, "EUR").off(eur(4000)), "100% makes it free, not negative");
        assertEquals(eur(0), Discount.percent(0, "EUR").off(eur(4000)));
    }

    @Test
    void aFixedAmountNeverTakesOffMoreThanThePrice() {
        assertEquals(eur(500), Discount.fixed(eur(500)).off(eur(4000)));
        assertEquals(eur(300), Discount.fixed(eur(500)).off(eur(300)), "capped at what it applies to");
        assertEquals(eur(0), Discount.fixed(eur(500)).off(eur(0)));
    }

    @Test
    void aFixedAmountInAnotherCurrencyIsRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> Discount.fixed(eur(500)).off(Money.ofMinor(4000, "USD")));
    }

    @Test
    void impossibleDiscountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Discount.percent(101, "EUR"));
        assertThrows(IllegalArgumentException.class, () -> Discount.percent(-1, "EUR"));
        assertThrows(IllegalArgumentException.class, () -> Discount.fixed(eur(0)));
        assertThrows(IllegalArgumentException.class, () -> Discount.fixed(eur(-5)));
        assertThrows(IllegalArgumentException.class, () -> Discount.percent(10, "XXY"));
    }

    @Test
    void describesItself() {
        assertEquals("15%", Discount.percent(15, "EUR").describe());
        assertEquals("5.00 EUR", Discount.fixed(eur(500)).describe());
    }
}
