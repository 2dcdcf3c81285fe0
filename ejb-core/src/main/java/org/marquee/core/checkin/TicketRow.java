package org.marquee.core.checkin;

import java.time.Instant;

/** A ticket as the door reads it (one query, no entity). */
record TicketRow(
        long id,
        long orderId,
        long sessionId,
        long eventId,
        String sectionName,
        String rowLabel,
        Integer seatNumber,
        Integer placeNo,
        String holder,
        TicketStatus status,
        Instant checkedInAt,
        String checkedInDevice,
        String checkedInBy) {

    /** "Stalls, row A, seat 12" or "Floor, standing, place 3". */
    String place() {
        return rowLabel == null
                ? sectionName + ", standing, place " + placeNo
                : sectionName + ", row " + rowLabel + ", seat " + seatNumber;
    }
}
