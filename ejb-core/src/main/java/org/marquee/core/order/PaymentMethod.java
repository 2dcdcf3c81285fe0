package org.marquee.core.order;

/**
 * How a buyer pays: by card (through Stripe), with PayPal, or, in the demo only and while no real
 * provider is configured, with a test payment in which no money moves.
 */
public enum PaymentMethod {
    CARD,
    PAYPAL,
    TEST
}
