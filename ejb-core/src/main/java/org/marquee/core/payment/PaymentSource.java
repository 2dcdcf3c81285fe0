package org.marquee.core.payment;

/** Where a confirmation came from: the buyer's return, the provider's webhook, or our own asking. */
public enum PaymentSource {
    RETURN,
    WEBHOOK,
    RECONCILIATION
}
