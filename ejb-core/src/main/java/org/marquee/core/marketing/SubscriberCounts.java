package org.marquee.core.marketing;

import java.io.Serializable;
import java.util.Map;

/**
 * How many addresses the list has in each status. Named, not a map by status: a page that looked
 * a status up by its name in a map keyed by the enum got nothing and showed "null confirmed".
 */
public record SubscriberCounts(long confirmed, long pending, long unsubscribed) implements Serializable {

    /** From counts by status; a status with no address counts 0. */
    public static SubscriberCounts of(Map<SubscriberStatus, Long> byStatus) {
        return new SubscriberCounts(
                byStatus.getOrDefault(SubscriberStatus.CONFIRMED, 0L),
                byStatus.getOrDefault(SubscriberStatus.PENDING, 0L),
                byStatus.getOrDefault(SubscriberStatus.UNSUBSCRIBED, 0L));
    }
}
