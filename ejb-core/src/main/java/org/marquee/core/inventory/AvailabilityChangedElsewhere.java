package org.marquee.core.inventory;

import java.util.List;

/**
 * Another node committed a change of availability ({@link AvailabilityChanged} there), as the
 * shared channel ({@link AvailabilityChannel}) told this node. A CDI event fired outside any
 * transaction, after the change committed: an observer reads the states it needs and pushes them
 * to this node's open pages. {@code wholeSession} says that too many seats changed to list them.
 */
public record AvailabilityChangedElsewhere(
        long sessionId, List<Long> seatIds, List<Long> sectionIds, boolean wholeSession) {

    public AvailabilityChangedElsewhere {
        seatIds = List.copyOf(seatIds);
        sectionIds = List.copyOf(sectionIds);
    }
}
