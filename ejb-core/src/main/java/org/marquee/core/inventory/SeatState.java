package org.marquee.core.inventory;

/** A seat of a session as every buyer sees it. HELD is in someone's live order; an expired hold is FREE. */
public enum SeatState {
    FREE,
    HELD,
    SOLD,
    DISABLED
}
