package org.marquee.core.checkin;

import org.marquee.core.platform.DomainException;

/** Tickets cannot be signed: production without {@code MARQUEE_TICKET_KEY} (see docs/operations.md). */
public class TicketKeyMissing extends DomainException {

    public TicketKeyMissing() {
        super("ticket.keyMissing");
    }
}
