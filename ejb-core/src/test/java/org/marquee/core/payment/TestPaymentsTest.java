package org.marquee.core.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.Money;

class TestPaymentsTest {

    private final TestPayments payments = new TestPayments();

    @Test
    void approvedWhenCreatedAndTakenAtCaptureForExactlyTheCharge() {
        ProviderPayment created = payments.create(new Charge(
                42,
                "ABC1234",
                Money.ofMinor(5150, "EUR"),
                "Show",
                "a@b.c",
                "http://r",
                "http://c",
                "marquee-payment-100"));
        ProviderState approved = payments.state(created.paymentRef());
        assertEquals(ProviderState.Status.APPROVED, approved.status());
        ProviderState captured = payments.capture(created.paymentRef());
        assertEquals(ProviderState.Status.SUCCEEDED, captured.status());
        assertEquals(Money.ofMinor(5150, "EUR"), captured.amount());
        assertEquals(42L, captured.orderId());
    }

    @Test
    void knowsNoOtherPaymentAndTakesNoWebhook() {
        assertThrows(ProviderUnavailable.class, () -> payments.state("pi_3Nabc"));
        assertThrows(ForgedWebhook.class, () -> payments.verify(Map.of(), "{}"));
    }
}
