package org.marquee.core.inventory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The meaning of {@code held_until} in {@code session_seat} and {@code session_place}: until when
 * the row is not for sale. One range condition, {@code held_until < now}, then finds everything
 * that can be claimed, an expired hold included, and an index serves it.
 */
final class Holds {

    /** A row that was never held, or was released. */
    static final OffsetDateTime FREE = Instant.EPOCH.atOffset(ZoneOffset.UTC);

    /** A row sold to a paid order: never claimable. */
    static final OffsetDateTime SOLD = OffsetDateTime.of(9999, 12, 31, 0, 0, 0, 0, ZoneOffset.UTC);

    private Holds() {}

    static SeatState state(Instant heldUntil, boolean disabled, Instant now) {
        if (disabled) {
            return SeatState.DISABLED;
        }
        if (heldUntil.isBefore(now)) {
            return SeatState.FREE;
        }
        return heldUntil.equals(SOLD.toInstant()) ? SeatState.SOLD : SeatState.HELD;
    }
}
