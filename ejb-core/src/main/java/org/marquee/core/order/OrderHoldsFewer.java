package org.marquee.core.order;

import org.marquee.core.platform.DomainException;

/** A release of more tickets than the order holds; the inventory says which seat or places. */
public class OrderHoldsFewer extends DomainException {

    public OrderHoldsFewer(String pnr, int held, int asked) {
        super("order.holdsFewer", pnr, held, asked);
    }
}
