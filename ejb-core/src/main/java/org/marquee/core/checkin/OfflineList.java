package org.marquee.core.checkin;

import java.time.Instant;
import java.util.List;

/**
 * What a door device keeps to validate without a network: the event's public key (X.509, base64)
 * to verify codes, and every ticket of the session with its state, so it can answer VALID,
 * ALREADY_USED (checked in before the list was taken, or on this device), REFUNDED, CANCELLED
 * and the rest by itself.
 */
public record OfflineList(
        long sessionId, long eventId, String algorithm, String publicKey, Instant takenAt, List<Entry> tickets) {

    /**
     * One ticket: id, state, whether it is checked in already, its section (for the door's
     * counters without a network), its seat or place and holder.
     */
    public record Entry(
            long ticketId,
            TicketStatus status,
            boolean checkedIn,
            long sectionId,
            String section,
            String place,
            String holder) {}

    public OfflineList {
        tickets = List.copyOf(tickets);
    }
}
