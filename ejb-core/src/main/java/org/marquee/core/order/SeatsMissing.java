package org.marquee.core.order;

import org.marquee.core.platform.DomainException;

/** The order holds a different number of seats or places than the tickets asked for. */
public class SeatsMissing extends DomainException {

    public SeatsMissing(int requested, int held) {
        super("checkout.seatsMissing", requested, held);
    }
}
