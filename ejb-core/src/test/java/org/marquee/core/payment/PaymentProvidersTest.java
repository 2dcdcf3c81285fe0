package org.marquee.core.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.Money;

class PaymentProvidersTest {

    /** A provider of our own making that is configured or not; nothing is called on it. */
    private static PaymentProvider provider(Provider which, boolean configured) {
        return new PaymentProvider() {
            @Override
            public Provider provider() {
                return which;
            }

            @Override
            public boolean configured() {
                return configured;
            }

            @Override
            public ProviderPayment create(Charge charge) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ProviderState state(String paymentRef) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ProviderState capture(String paymentRef) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ProviderRefund refund(String paymentRef, String captureRef, Money amount, String key) {
                throw new UnsupportedOperationException();
            }

            @Override
            public WebhookEvent verify(Map<String, String> headers, String body) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void theTestPaymentExistsOnlyInADemoWithoutARealProvider() {
        PaymentProvider test = new TestPayments();
        PaymentProvider stripe = provider(Provider.STRIPE, true);
        PaymentProvider paypal = provider(Provider.PAYPAL, false);

        assertEquals(
                List.of(Provider.TEST),
                List.copyOf(PaymentProviders.choose(List.of(test, provider(Provider.STRIPE, false), paypal), true)
                        .keySet()));
        assertTrue(
                PaymentProviders.choose(List.of(test, provider(Provider.STRIPE, false), paypal), false)
                        .isEmpty(),
                "never outside demo mode");
        assertEquals(
                List.of(Provider.STRIPE),
                List.copyOf(PaymentProviders.choose(List.of(test, stripe, paypal), true)
                        .keySet()),
                "a demo with real keys takes real money only");
        assertEquals(
                List.of(Provider.STRIPE, Provider.PAYPAL),
                List.copyOf(PaymentProviders.choose(List.of(provider(Provider.PAYPAL, true), stripe, test), false)
                        .keySet()),
                "card first, then PayPal");
    }
}
