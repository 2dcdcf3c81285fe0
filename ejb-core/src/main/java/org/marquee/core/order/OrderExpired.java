package org.marquee.core.order;

import java.time.Instant;
import org.marquee.core.platform.DomainException;

/** The order's hold ran out: its seats are free for others and it takes no more. */
public class OrderExpired extends DomainException {

    public OrderExpired(String pnr, Instant at) {
        super("order.expired", pnr, at.toString());
    }
}
