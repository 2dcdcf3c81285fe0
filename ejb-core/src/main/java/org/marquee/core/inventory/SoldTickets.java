package org.marquee.core.inventory;

import java.util.List;

/** The tickets of a paid order one by one: its seats by id and its standing places by number. */
public record SoldTickets(List<Long> seatIds, List<Place> places) {

    public SoldTickets {
        seatIds = List.copyOf(seatIds);
        places = List.copyOf(places);
    }

    /** One standing place of a section. */
    public record Place(long sectionId, int placeNo) {}

    public int count() {
        return seatIds.size() + places.size();
    }
}
