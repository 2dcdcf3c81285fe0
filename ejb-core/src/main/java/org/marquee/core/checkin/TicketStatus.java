package org.marquee.core.checkin;

/** Whether a ticket still admits: VALID, or withdrawn by a refund or a cancellation (for good). */
public enum TicketStatus {
    VALID,
    REFUNDED,
    CANCELLED
}
