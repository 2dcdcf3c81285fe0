package org.marquee.core.payment;

/**
 * Where a payment is. STARTED until the provider settles it: SUCCEEDED (its order is PAID), FAILED
 * (declined), ABANDONED (the buyer never finished and the order's hold ran out), or REFUND_DUE
 * (the money was taken for an order that could not be sold) and then REFUNDED.
 */
public enum PaymentStatus {
    STARTED,
    SUCCEEDED,
    FAILED,
    ABANDONED,
    REFUND_DUE,
    REFUNDED;

    /** The money was taken (kept or paid back): a confirmation arriving now changes nothing. */
    public boolean moneyTaken() {
        return this != STARTED && this != FAILED && this != ABANDONED;
    }
}
