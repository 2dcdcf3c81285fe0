package org.marquee.systemtest;

/** What a provider fake does with the webhook events it produces. */
public enum WebhookMode {
    /** Sends each event once, in order, as it happens. */
    DELIVER,
    /** Keeps them until {@code releaseHeld}, which sends them in order or reversed. */
    HOLD,
    /** Sends each event twice. */
    DUPLICATE,
    /** Never sends them (they are still recorded and can be resent). */
    DROP
}
