package org.marquee.core.venue;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A seat of a {@link FloorPlan}. {@code state} is what the checkout wants to show ("free", "held",
 * "sold", "mine"...) or null on plans without availability; it becomes part of a CSS class name,
 * hence the restricted form.
 */
public record PlanSeat(
        String key,
        String rowLabel,
        int number,
        Placement placement,
        boolean disabled,
        boolean wheelchair,
        boolean companion,
        String state) {

    private static final Pattern CSS_STATE = Pattern.compile("[a-z][a-z0-9-]{0,31}");

    public PlanSeat {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A plan seat needs a key");
        }
        if (rowLabel == null || rowLabel.isBlank()) {
            throw new IllegalArgumentException("A plan seat needs a row label");
        }
        if (number < 1) {
            throw new IllegalArgumentException("Seat numbers start at 1, got " + number);
        }
        Objects.requireNonNull(placement, "A plan seat needs a placement");
        if (state != null && !CSS_STATE.matcher(state).matches()) {
            throw new IllegalArgumentException("A seat state is a lower-case word such as free or sold, got " + state);
        }
    }

    /** A plain seat with no availability shown, as on the public venue page. */
    public static PlanSeat of(String key, String rowLabel, int number, Placement placement) {
        return new PlanSeat(key, rowLabel, number, placement, false, false, false, null);
    }

    public PlanSeat withState(String newState) {
        return new PlanSeat(key, rowLabel, number, placement, disabled, wheelchair, companion, newState);
    }
}
