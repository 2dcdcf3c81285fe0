package org.marquee.core.payment;

import java.util.Map;
import org.marquee.core.platform.Money;

/**
 * One payment provider, reached through its own SDK. Every call either answers or throws {@link
 * ProviderUnavailable} (an error, a refusal of the request or a timeout): the caller then knows
 * nothing was decided by this call, and may ask again with {@link #state}.
 */
public interface PaymentProvider {

    Provider provider();

    /** Whether its keys are configured; a provider that is not is never offered. */
    boolean configured();

    /**
     * Creates the provider's payment for the charge: a Stripe PaymentIntent (its client secret for
     * Stripe's form), a PayPal order (its approval address). The charge's key makes a retried
     * create return the same payment.
     */
    ProviderPayment create(Charge charge);

    /** What the provider says of a payment now. */
    ProviderState state(String paymentRef);

    /**
     * Takes the money of a payment the buyer approved: PayPal's capture. For a provider whose form
     * takes the money itself (Stripe) this is {@link #state}. Capturing a payment captured before
     * answers its state, never a second capture.
     */
    ProviderState capture(String paymentRef);

    /**
     * Pays back part or all of a captured payment. The key makes a retried refund pay once; the
     * provider refuses more than is left.
     */
    ProviderRefund refund(String paymentRef, String captureRef, Money amount, String idempotencyKey);

    /**
     * The event a webhook request carries, once its signature checked out (Stripe: the signing
     * secret; PayPal: its verification call); otherwise {@link ForgedWebhook}.
     */
    WebhookEvent verify(Map<String, String> headers, String body);
}
