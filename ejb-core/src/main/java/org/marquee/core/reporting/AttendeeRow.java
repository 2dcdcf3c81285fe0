package org.marquee.core.reporting;

import java.io.Serializable;
import java.time.Instant;

/**
 * A seat or standing place sold to a PAID order, with the buyer as typed at the checkout (the
 * account's name and email where the buyer typed none). A standing place has no row and no seat
 * number, {@code placeNo} instead; {@code checkedInAt} is null while nothing is recorded.
 */
public record AttendeeRow(
        long orderId,
        String name,
        String email,
        String pnr,
        long sectionId,
        String section,
        Long seatId,
        String row,
        Integer seat,
        Integer placeNo,
        Instant orderedAt,
        Instant checkedInAt)
        implements Serializable {

    public boolean standing() {
        return seatId == null;
    }

    CheckInFigures.TicketPlace place() {
        return new CheckInFigures.TicketPlace(orderId, sectionId, seatId, placeNo);
    }

    AttendeeRow checkedIn(Instant at) {
        return new AttendeeRow(
                orderId, name, email, pnr, sectionId, section, seatId, row, seat, placeNo, orderedAt, at);
    }
}
