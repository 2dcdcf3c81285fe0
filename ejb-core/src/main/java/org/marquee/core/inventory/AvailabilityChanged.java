package org.marquee.core.inventory;

import java.util.List;

/**
 * Seats or standing places of a session were claimed or released (by a buyer or by the sweeper).
 * A CDI event, fired inside the transaction that made the change: an observer that pushes it to
 * open seat maps observes {@code during = TransactionPhase.AFTER_SUCCESS}, so a change that rolled
 * back is never pushed.
 */
public record AvailabilityChanged(long sessionId, List<Long> seatIds, List<Long> sectionIds) {

    public AvailabilityChanged {
        seatIds = List.copyOf(seatIds);
        sectionIds = List.copyOf(sectionIds);
    }
}
