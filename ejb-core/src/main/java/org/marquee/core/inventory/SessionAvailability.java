package org.marquee.core.inventory;

import java.time.Instant;
import java.util.List;

/** A session's sections with their counts and, when asked for, every seat's state, as of a moment. */
public record SessionAvailability(
        long sessionId, Instant at, List<SectionAvailability> sections, List<SeatAvailability> seats) {

    public SessionAvailability {
        sections = List.copyOf(sections);
        seats = List.copyOf(seats);
    }

    public int free() {
        return sections.stream().mapToInt(SectionAvailability::free).sum();
    }
}
