package org.marquee.core.inventory;

import org.marquee.core.platform.DomainException;

/** The seat is at another venue, or the session has not gone on sale. */
public class SeatNotInSession extends DomainException {

    public SeatNotInSession(long seatId, long sessionId) {
        super("inventory.seatNotInSession", seatId, sessionId);
    }
}
