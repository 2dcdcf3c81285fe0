package org.marquee.core.payment;

/** Why an admin should look at a payment (the admin panel lists every payment that has one). */
public enum Attention {
    /** Settled by asking the provider: no redirect or webhook confirmed it in time. */
    RECONCILED,
    /** Confirmed after its order's hold ran out; its seats were still free and it was sold. */
    LATE,
    /** Its amount, currency or order did not match the order: refused and paid back. */
    MISMATCH,
    /** Taken for an order that could not be sold (seats gone, cancelled, paid twice): paid back. */
    AUTO_REFUNDED
}
