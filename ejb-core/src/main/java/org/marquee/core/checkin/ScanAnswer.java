package org.marquee.core.checkin;

/**
 * What the door is told about a scanned ticket. Only VALID admits (and it checked the ticket in);
 * everything else changed nothing. A code that is not ours, forged or altered is UNKNOWN: the door
 * refuses it either way, and a forger learns nothing about which part failed (the server log
 * tells the operators).
 */
public enum ScanAnswer {
    /** Admitted now: the ticket was checked in by this scan. */
    VALID,
    /** Checked in before: when, at which door, by whom. */
    ALREADY_USED,
    /** A genuine ticket of another session. */
    WRONG_SESSION,
    /** The booking was never paid (typed booking code of an unpaid order). */
    NOT_PAID,
    /** The ticket was refunded. */
    REFUNDED,
    /** The ticket was cancelled (with its session or event). */
    CANCELLED,
    /** No such ticket, or a code whose signature does not verify. */
    UNKNOWN,
    /** The session is outside the scanning staff member's teams. */
    NOT_IN_SCOPE;

    public boolean admits() {
        return this == VALID;
    }
}
