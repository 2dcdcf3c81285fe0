package org.marquee.core.payment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TicketPricesTest {

    @Test
    void withoutADiscountEachTicketCostsItsPrice() {
        assertArrayEquals(new long[] {4000, 2500}, TicketPrices.afterDiscount(new long[] {4000, 2500}, 0));
    }

    @Test
    void theDiscountIsSharedInProportionAndAddsUpExactly() {
        long[] prices = TicketPrices.afterDiscount(new long[] {4000, 4000, 2500}, 1000);
        assertEquals(10500 - 1000, Arrays.stream(prices).sum());
        assertArrayEquals(new long[] {3619, 3619, 2262}, prices);
    }

    @Test
    void aDiscountAboveThePriceMakesTheTicketsFree() {
        assertArrayEquals(new long[] {0, 0}, TicketPrices.afterDiscount(new long[] {1000, 500}, 5000));
    }
}
