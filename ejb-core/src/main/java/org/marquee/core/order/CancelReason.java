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
    /** A paid order whose event or session was called off (and refunded). */
    EVENT_CANCELLED
}
