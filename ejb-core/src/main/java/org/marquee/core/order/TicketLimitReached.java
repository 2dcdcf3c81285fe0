package org.marquee.core.order;

import org.marquee.core.platform.DomainException;

/** More seats and places than one order may hold (the platform setting when it started). */
public class TicketLimitReached extends DomainException {

    public TicketLimitReached(int maxTickets, int held, int asked) {
        super("order.limit", maxTickets, held, asked);
    }
}
