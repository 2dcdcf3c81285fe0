package org.marquee.core.venue;

import java.util.List;

/**
 * A venue's layout as the renderer needs it, detached from the entities so it can be built from
 * a query, cached and drawn without a persistence context. All placements are in plan
 * coordinates, seats included (not relative to their section).
 */
public record FloorPlan(String venueName, List<PlanSection> sections) {

    public FloorPlan {
        if (venueName == null || venueName.isBlank()) {
            throw new IllegalArgumentException("A floor plan needs the venue's name");
        }
        sections = List.copyOf(sections);
    }

    public int seatCount() {
        return sections.stream().mapToInt(section -> section.seats().size()).sum();
    }
}
