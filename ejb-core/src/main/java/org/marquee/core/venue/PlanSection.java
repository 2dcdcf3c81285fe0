package org.marquee.core.venue;

import java.util.List;
import java.util.Objects;

/** A section of a {@link FloorPlan}; {@code key} is an opaque id the page hands back on a click. */
public record PlanSection(String key, String name, boolean standing, Placement placement, List<PlanSeat> seats) {

    public PlanSection {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A plan section needs a key");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A plan section needs a name");
        }
        Objects.requireNonNull(placement, "A plan section needs a placement");
        seats = List.copyOf(seats);
        if (standing && !seats.isEmpty()) {
            throw new IllegalArgumentException("A standing section has no seats");
        }
    }

    public static PlanSection standing(String key, String name, Placement placement) {
        return new PlanSection(key, name, true, placement, List.of());
    }

    public static PlanSection seated(String key, String name, Placement placement, List<PlanSeat> seats) {
        return new PlanSection(key, name, false, placement, seats);
    }
}
