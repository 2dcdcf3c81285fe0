package org.marquee.core.notify;

/** Where a message stands: waiting (perhaps for a retry), delivered, or given up. */
public enum OutboxStatus {
    PENDING,
    SENT,
    FAILED
}
