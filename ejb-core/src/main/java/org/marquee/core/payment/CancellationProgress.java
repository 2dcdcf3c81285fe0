package org.marquee.core.payment;

import java.io.Serializable;
import java.time.Instant;

/**
 * How far a cancellation got: its orders, how many are done (refunded, cancelled unpaid, or found
 * closed), how many failed at the provider for good, and how many wait for another attempt.
 */
public record CancellationProgress(
        long jobId,
        Long sessionId,
        Long eventId,
        String requestedBy,
        Instant createdAt,
        long orders,
        long done,
        long refunded,
        long cancelledUnpaid,
        long refundRefused,
        long waiting,
        String lastError)
        implements Serializable {

    public boolean finished() {
        return waiting == 0;
    }

    /** Done out of all, in percent, for the progress bar. */
    public int percent() {
        return orders == 0 ? 100 : (int) (100 * done / orders);
    }
}
