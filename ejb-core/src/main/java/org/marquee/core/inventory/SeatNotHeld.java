package org.marquee.core.inventory;

import org.marquee.core.platform.DomainException;

/** A release of a seat the order does not hold. */
public class SeatNotHeld extends DomainException {

    public SeatNotHeld(long seatId) {
        super("inventory.seatNotHeld", seatId);
    }
}
