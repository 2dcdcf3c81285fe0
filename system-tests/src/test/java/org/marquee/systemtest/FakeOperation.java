package org.marquee.systemtest;

/**
 * The provider calls a fake can be told to fail or to delay ({@code failNext}, {@code delayNext}).
 * On the Stripe fake CAPTURE and RETRIEVE are the same request (reading the PaymentIntent: Stripe's
 * form takes the money itself); on the PayPal fake CONFIRM is the buyer's approval page.
 */
public enum FakeOperation {
    CREATE,
    RETRIEVE,
    CONFIRM,
    CAPTURE,
    REFUND
}
