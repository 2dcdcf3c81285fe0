package org.marquee.core.payment;

/** What a refund asked for now came to: paid back, still being paid back (retried), or refused by the provider. */
public enum RefundOutcome {
    REFUNDED,
    RETRYING,
    FAILED
}
