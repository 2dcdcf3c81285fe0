package org.marquee.core.payment;

/** What a provider's confirmation did. */
public enum Confirmation {
    /** The order is PAID by this payment now. */
    PAID,
    /** This payment was confirmed before: nothing changed. */
    ALREADY_CONFIRMED,
    /** The money was taken but the order cannot have it: it is being paid back. */
    REFUND_DUE,
    /** The provider has not taken the money (yet): nothing changed. */
    NOT_PAID,
    /** No payment of ours has this reference: nothing changed. */
    UNKNOWN
}
