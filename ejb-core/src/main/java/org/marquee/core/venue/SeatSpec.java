package org.marquee.core.venue;

import java.util.Objects;

/** A seat to be created: its row, its number and where it sits. */
public record SeatSpec(String rowLabel, int number, Placement placement) {

    public SeatSpec {
        Objects.requireNonNull(rowLabel);
        Objects.requireNonNull(placement);
    }
}
