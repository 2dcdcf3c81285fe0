package org.marquee.core.checkin;

import java.time.ZonedDateTime;

/**
 * One ticket as it is printed: what, when (in the venue's zone), where, the seat or standing
 * place, the booking code, the buyer's name and the signed code for the QR.
 */
public record PrintedTicket(
        long ticketId,
        String eventTitle,
        ZonedDateTime startsAt,
        String venueName,
        String section,
        String row,
        Integer seat,
        Integer place,
        String pnr,
        String holder,
        String code) {

    public boolean standing() {
        return seat == null;
    }
}
