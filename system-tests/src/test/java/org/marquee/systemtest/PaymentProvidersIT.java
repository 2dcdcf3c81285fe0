package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.payment.Charge;
import org.marquee.core.payment.PaymentProvider;
import org.marquee.core.payment.PaymentProviders;
import org.marquee.core.payment.Provider;
import org.marquee.core.payment.ProviderPayment;
import org.marquee.core.payment.ProviderState;
import org.marquee.core.payment.ProviderUnavailable;
import org.marquee.core.payment.StripeForm;
import org.marquee.core.payment.WebhookEvent;
import org.marquee.core.platform.Money;

/**
 * The two providers as the server has them: CDI beans configured from the server's environment
 * (the build's MARQUEE_STRIPE_* / MARQUEE_PAYPAL_*), stripe-java and PayPal's SDK inside WildFly
 * with the server's Jackson, against the fakes started inside the server on the configured ports.
 * Events are recorded by the fakes, not sent: the webhook endpoint has tests of its own.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class PaymentProvidersIT {

    @Inject
    private PaymentProviders providers;

    @Inject
    private StripeForm stripeForm;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithPaymentFakes(PaymentProvidersIT.class);
    }

    private static Charge charge(long minor, String currency) {
        return new Charge(
                7,
                "PNRIT",
                Money.ofMinor(minor, currency),
                "Payment providers IT",
                "buyer@marquee.test",
                "http://127.0.0.1/checkout/return",
                "http://127.0.0.1/checkout/cancel",
                UUID.randomUUID().toString());
    }

    @Test
    void bothRealProvidersAreOfferedAndTheCardFormGetsThePublishableKey() {
        assertTrue(providers.offers(Provider.STRIPE));
        assertTrue(providers.offers(Provider.PAYPAL));
        assertFalse(providers.offers(Provider.TEST));
        assertEquals("pk_test_marquee", stripeForm.publishableKey());
        assertTrue(stripeForm.jsUrl().toString().endsWith("/v3/stripe.js"));
    }

    @Test
    void stripeInsideTheServer() {
        try (StripeFake fake = StripeFake.startForServer()) {
            fake.webhookMode(WebhookMode.DROP);
            PaymentProvider stripe = providers.get(Provider.STRIPE);
            Charge charge = charge(1999, "EUR");
            ProviderPayment payment = stripe.create(charge);
            assertEquals(payment, stripe.create(charge));
            assertEquals(
                    ProviderState.Status.OPEN,
                    stripe.state(payment.paymentRef()).status());
            fake.succeed(payment.paymentRef());
            ProviderState paid = stripe.capture(payment.paymentRef());
            assertEquals(ProviderState.Status.SUCCEEDED, paid.status());
            assertEquals(7L, paid.orderId());
            WebhookRequest event = fake.events().get(0);
            WebhookEvent verified = stripe.verify(event.headers(), event.body());
            assertEquals(paid, verified.payment().orElseThrow());
            assertEquals(
                    Money.ofMinor(500, "EUR"),
                    stripe.refund(
                                    payment.paymentRef(),
                                    paid.captureRef(),
                                    Money.ofMinor(500, "EUR"),
                                    UUID.randomUUID().toString())
                            .amount());

            // The server's timeout is 3 s (MARQUEE_PAYMENT_TIMEOUT_SECONDS of the build).
            fake.delayNext(FakeOperation.RETRIEVE, Duration.ofSeconds(5));
            assertThrows(ProviderUnavailable.class, () -> stripe.state(payment.paymentRef()));
        }
    }

    @Test
    void payPalInsideTheServer() {
        try (PayPalFake fake = PayPalFake.startForServer()) {
            fake.webhookMode(WebhookMode.DROP);
            PaymentProvider paypal = providers.get(Provider.PAYPAL);
            ProviderPayment order = paypal.create(charge(2500, "JPY"));
            assertTrue(order.approvalUrl().contains("/checkoutnow?token=" + order.paymentRef()));
            assertEquals("2500", fake.order(order.paymentRef()).orElseThrow().value());
            fake.approve(order.paymentRef());
            ProviderState captured = paypal.capture(order.paymentRef());
            assertEquals(ProviderState.Status.SUCCEEDED, captured.status());
            assertEquals(captured, paypal.capture(order.paymentRef()));
            assertEquals(1, fake.captures().size());
            for (WebhookRequest event : fake.events()) {
                WebhookEvent verified = paypal.verify(event.headers(), event.body());
                assertEquals(
                        order.paymentRef(), verified.payment().orElseThrow().paymentRef());
            }
            assertEquals(
                    Money.ofMinor(1000, "JPY"),
                    paypal.refund(
                                    order.paymentRef(),
                                    captured.captureRef(),
                                    Money.ofMinor(1000, "JPY"),
                                    UUID.randomUUID().toString())
                            .amount());
        }
    }
}
