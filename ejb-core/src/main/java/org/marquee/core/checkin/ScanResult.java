package org.marquee.core.checkin;

import java.time.Instant;

/**
 * The answer to one scan: with a ticket, its seat or place and holder; with ALREADY_USED, when,
 * on which device and by whom it was checked in.
 */
public record ScanResult(
        ScanAnswer answer,
        long sessionId,
        Long ticketId,
        String place,
        String holder,
        Instant checkedInAt,
        String checkedInDevice,
        String checkedInBy) {

    static ScanResult bare(ScanAnswer answer, long sessionId) {
        return new ScanResult(answer, sessionId, null, null, null, null, null, null);
    }

    static ScanResult of(ScanAnswer answer, long sessionId, TicketRow ticket) {
        return new ScanResult(
                answer,
                sessionId,
                ticket.id(),
                ticket.place(),
                ticket.holder(),
                ticket.checkedInAt(),
                ticket.checkedInDevice(),
                ticket.checkedInBy());
    }
}
