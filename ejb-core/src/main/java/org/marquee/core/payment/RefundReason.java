package org.marquee.core.payment;

/** Why money goes back: staff refunded tickets or an amount, or the session or event was cancelled. */
public enum RefundReason {
    REFUNDED,
    CANCELLED
}
