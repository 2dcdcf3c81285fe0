package org.marquee.core.venue;

import java.util.Objects;

/** One seat produced by a {@link SeatRowPlan}, before it becomes a seat of a section. */
public record SeatSpec(String rowLabel, int number, Placement placement) {

    public SeatSpec {
        if (rowLabel == null || rowLabel.isBlank()) {
            throw new IllegalArgumentException("A seat needs a row label");
        }
        if (number < 1) {
            throw new IllegalArgumentException("Seat numbers start at 1, got " + number);
        }
        Objects.requireNonNull(placement, "A seat needs a placement");
    }
}
