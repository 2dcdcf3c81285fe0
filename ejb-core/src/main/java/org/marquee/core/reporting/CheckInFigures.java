package org.marquee.core.reporting;

import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * THE PLACE FOR "CHECKED IN" FIGURES on the dashboards and in the attendee list. The door
 * (issue 15's tickets and validation, area {@code checkin}) does not record check-ins yet, so
 * this reports none: {@link #recorded()} is false, {@link #progress} empty and {@link
 * #checkedIn} empty. The pages and the CSV show nothing about check-ins while that is so (no
 * zeros that would read as "nobody came").
 *
 * <p>To fill it once the scan log exists: {@code recorded()} answers true, {@code progress} counts
 * the session's valid tickets (expected) and its first scans over time (one query, grouped in SQL),
 * and {@code checkedIn} maps each checked-in seat or place of the session to its first scan. The
 * session dashboard then shows the "Check-in" card with its chart, and the CSV a {@code
 * checked_in_at} column, without any other change.
 */
@Stateless
public class CheckInFigures {

    /** Whether the platform records check-ins at all; until then no page speaks of them. */
    public boolean recorded() {
        return false;
    }

    /** The session's check-in progress, or empty when nothing is recorded for it. */
    public Optional<CheckInProgress> progress(long sessionId) {
        return Optional.empty();
    }

    /** When each checked-in seat or standing place of the session was first checked in. */
    public Map<TicketPlace, Instant> checkedIn(long sessionId) {
        return Map.of();
    }

    /** A seat ({@code seatId}) or a standing place ({@code placeNo} of its section) sold to an order. */
    public record TicketPlace(long orderId, long sectionId, Long seatId, Integer placeNo) {}
}
