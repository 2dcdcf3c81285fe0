package org.marquee.core.inventory;

import java.util.List;

/** What one order holds or bought: seats by id, standing places counted per section. */
public record OrderHoldings(List<Long> seatIds, List<Places> places) {

    public OrderHoldings {
        seatIds = List.copyOf(seatIds);
        places = List.copyOf(places);
    }

    public record Places(long sectionId, int count) {}

    public int tickets() {
        return seatIds.size() + places.stream().mapToInt(Places::count).sum();
    }
}
