package org.marquee.core.reporting;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marquee.core.checkin.CheckInRecords;

/**
 * The "checked in" figures of the dashboards and the attendee list, from the door's records
 * ({@link CheckInRecords}, area {@code checkin}): a session's progress (checked in out of the valid
 * tickets, and the running count over time), and when each seat or standing place came in. A
 * session without tickets has no progress at all, not zero.
 */
@Stateless
public class CheckInFigures {

    @EJB
    private CheckInRecords records;

    /** The platform records check-ins (the door); the pages and the CSV show them. */
    public boolean recorded() {
        return true;
    }

    /** The session's check-in progress, or empty when it has no tickets. */
    public Optional<CheckInProgress> progress(long sessionId) {
        long expected = records.expected(sessionId);
        if (expected == 0) {
            return Optional.empty();
        }
        List<CheckInRecords.CheckedIn> checkedIn = records.checkedIn(sessionId);
        List<CheckInProgress.Point> points = new ArrayList<>();
        long count = 0;
        for (CheckInRecords.CheckedIn ticket : checkedIn) {
            count++;
            points.add(new CheckInProgress.Point(ticket.at(), count));
        }
        return Optional.of(new CheckInProgress(count, expected, points));
    }

    /** When each checked-in seat or standing place of the session was first checked in. */
    public Map<TicketPlace, Instant> checkedIn(long sessionId) {
        Map<TicketPlace, Instant> places = new HashMap<>();
        for (CheckInRecords.CheckedIn ticket : records.checkedIn(sessionId)) {
            places.put(
                    new TicketPlace(ticket.orderId(), ticket.sectionId(), ticket.seatId(), ticket.placeNo()),
                    ticket.at());
        }
        return places;
    }

    /** A seat ({@code seatId}) or a standing place ({@code placeNo} of its section) sold to an order. */
    public record TicketPlace(long orderId, long sectionId, Long seatId, Integer placeNo) {}
}
