package org.marquee.core.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ServiceFeeTest {

    @Test
    void aPercentageRoundedHalfUpPlusAFixedAmountPerTicket() {
        ServiceFee fee = new ServiceFee(333, 25, "EUR"); // 3.33 % and 0.25 a ticket
        assertEquals(Money.ofMinor(33 + 75, "EUR"), fee.on(Money.ofMinor(1000, "EUR"), 3), "33.3 rounds to 33");
        assertEquals(Money.ofMinor(1 + 25, "EUR"), fee.on(Money.ofMinor(45, "EUR"), 1), "1.4985 rounds to 1");
        assertEquals(Money.ofMinor(5 + 25, "EUR"), fee.on(Money.ofMinor(150, "EUR"), 1), "4.995 rounds half up to 5");
        assertEquals(Money.ofMinor(0, "JPY"), fee.on(Money.ofMinor(0, "JPY"), 2), "nothing to pay, no fee");
        assertEquals(Money.ofMinor(0, "EUR"), ServiceFee.NONE.on(Money.ofMinor(9999, "EUR"), 4));
    }

    @Test
    void anOrderInAnotherCurrencyPaysThePercentageButNeverTheFixedAmountReadAsItsOwnMinorUnits() {
        ServiceFee fee = new ServiceFee(250, 50, "EUR"); // 2.5 % and EUR 0.50 a ticket
        assertEquals(Money.ofMinor(125 + 100, "EUR"), fee.on(Money.ofMinor(5000, "EUR"), 2));
        // ¥8,000 for two tickets in Tokyo: 2.5 % is ¥200; no ¥50 a ticket, no conversion.
        assertEquals(Money.ofMinor(200, "JPY"), fee.on(Money.ofMinor(8000, "JPY"), 2));
        assertEquals(Money.ofMinor(25, "USD"), fee.on(Money.ofMinor(1000, "USD"), 2));
        assertFalse(fee.appliesFixedTo("BRL"));
    }

    @Test
    void refusesFeesOutsideTheSettingsRange() {
        assertThrows(IllegalArgumentException.class, () -> new ServiceFee(-1, 0, "EUR"));
        assertThrows(IllegalArgumentException.class, () -> new ServiceFee(10_001, 0, "EUR"));
        assertThrows(IllegalArgumentException.class, () -> new ServiceFee(0, -5, "EUR"));
    }
}
