package org.marquee.core.payment;

/**
 * A payment the provider created, with what the page needs to let the buyer pay: Stripe's client
 * secret for its form, or PayPal's approval address to send the buyer to. {@code paid}: the order
 * had nothing to pay and is PAID already.
 */
public record StartedPayment(
        Provider provider, String paymentRef, String clientSecret, String approvalUrl, String returnUrl, boolean paid) {

    static StartedPayment alreadyPaid() {
        return new StartedPayment(null, null, null, null, null, true);
    }
}
