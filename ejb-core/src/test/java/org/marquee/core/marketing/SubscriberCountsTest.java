package org.marquee.core.marketing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriberCountsTest {

    @Test
    void everyStatusIsCountedByNameAndAStatusWithoutAddressesIsZero() {
        SubscriberCounts counts =
                SubscriberCounts.of(Map.of(SubscriberStatus.CONFIRMED, 3L, SubscriberStatus.UNSUBSCRIBED, 1L));

        assertEquals(new SubscriberCounts(3, 0, 1), counts);
        assertEquals(0, counts.pending());
    }
}
