package org.marquee.core.order;

import org.marquee.core.platform.DomainException;

/** The token presented is not the order's: someone else's order, or a stale link. */
public class NotYourOrder extends DomainException {

    public NotYourOrder(long orderId) {
        super("order.notYours", orderId);
    }
}
