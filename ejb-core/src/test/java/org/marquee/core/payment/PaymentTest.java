package org.marquee.core.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.Money;

class PaymentTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final Payment payment = new Payment(7, Provider.STRIPE, Money.ofMinor(5150, "EUR"), NOW);

    @Test
    void aPaymentIsForAPositiveAmountAndKeepsOneReference() {
        assertThrows(
                IllegalArgumentException.class, () -> new Payment(7, Provider.STRIPE, Money.ofMinor(0, "EUR"), NOW));
        payment.attach("pi_1");
        payment.attach("pi_1");
        assertThrows(IllegalStateException.class, () -> payment.attach("pi_2"), "one payment, one reference");
    }

    @Test
    void moneyTakenIsFinalWhateverArrivesNext() {
        payment.fail("declined", NOW);
        assertFalse(payment.status().moneyTaken());
        payment.succeed("ch_1", null, NOW.plusSeconds(5));
        assertTrue(payment.status().moneyTaken(), "a later success of a declined payment counts");
        assertEquals("ch_1", payment.captureRef());
        assertThrows(IllegalStateException.class, () -> payment.succeed("ch_1", null, NOW), "never twice");
        assertThrows(IllegalStateException.class, () -> payment.fail("late failure", NOW));
        assertThrows(IllegalStateException.class, () -> payment.abandon(NOW));
        assertThrows(IllegalStateException.class, () -> payment.refunded("re_1", NOW), "only what is due goes back");
    }

    @Test
    void moneyForAnOrderThatCannotHaveItGoesBackOnce() {
        payment.abandon(NOW);
        payment.refundDue("ch_1", Attention.AUTO_REFUNDED, "seats gone", NOW);
        assertEquals(PaymentStatus.REFUND_DUE, payment.status());
        assertTrue(payment.status().moneyTaken());
        payment.refunded("re_1", NOW);
        assertEquals(PaymentStatus.REFUNDED, payment.status());
        assertThrows(IllegalStateException.class, () -> payment.refunded("re_2", NOW));
    }
}
