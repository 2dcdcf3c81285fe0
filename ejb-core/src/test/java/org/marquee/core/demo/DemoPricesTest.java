package org.marquee.core.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.marquee.core.platform.Money;

/** The demo's prices read like prices of the city: in its currency's own minor units. */
class DemoPricesTest {

    @Test
    void pricesAreGivenInEuroCentsAndConvertedToTheVenuesCurrencysMinorUnits() {
        assertEquals(Money.ofMinor(4500, "EUR"), DemoCatalog.price(4500, "EUR"));
        // ¥7,700 is 7,700 minor units: the yen has no decimals.
        assertEquals(Money.ofMinor(7700, "JPY"), DemoCatalog.price(4500, "JPY"));
        assertEquals("7650", Money.ofMinor(7650, "JPY").amount().toPlainString());
        assertEquals(Money.ofMinor(5000, "USD"), DemoCatalog.price(4500, "USD"), "$49.50 rounds to $50");
        assertEquals(Money.ofMinor(27000, "BRL"), DemoCatalog.price(4500, "BRL"));
    }
}
