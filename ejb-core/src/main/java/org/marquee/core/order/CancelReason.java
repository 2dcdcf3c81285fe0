package org.marquee.core.order;

/**
 * Why a CANCELLED order closed. An order whose hold ran out before it was paid is EXPIRED: nothing
 * was bought and nothing is owed, unlike a real cancellation (the buyer gave up, or the event was
 * called off), which staff must be able to tell apart.
 */
public enum CancelReason {
    /** The hold ran out before the order was paid; the sweep released its seats. */
    EXPIRED,
    /** The buyer gave the order up before paying. */
    ABANDONED,
    /** The order's session or event was called off: a paid order is refunded, a pending one released. */
    EVENT_CANCELLED
}
