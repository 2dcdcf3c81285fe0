package org.marquee.core.payment;

/** Who takes the money. TEST exists only in demo mode and while no real provider is configured. */
public enum Provider {
    STRIPE,
    PAYPAL,
    TEST
}
