package org.marquee.core.inventory;

import org.marquee.core.platform.DomainException;

/** Someone else holds or bought the seat. */
public class SeatTaken extends DomainException {

    public SeatTaken(long seatId) {
        super("inventory.seatTaken", seatId);
    }
}
