package org.marquee.core.inventory;

import org.marquee.core.platform.DomainException;

/** The venue does not sell this seat (no view, broken, kept free for a camera...). */
public class SeatDisabled extends DomainException {

    public SeatDisabled(long seatId) {
        super("inventory.seatDisabled", seatId);
    }
}
