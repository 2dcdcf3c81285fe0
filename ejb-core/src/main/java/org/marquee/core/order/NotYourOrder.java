package org.marquee.core.order;

import org.marquee.core.platform.DomainException;

/** The token presented is not the order's: someone else's order, or a stale link. */
public class NotYourOrder extends DomainException {

    public NotYourOrder(long orderId) {
        super("order.notYours", orderId);
    }

    private NotYourOrder(String key, long orderId) {
        super(key, orderId);
    }

    /** A buyer asked for an order that is not among theirs (or does not exist: the same answer). */
    public static NotYourOrder toSee(long orderId) {
        return new NotYourOrder("order.notAmongYours", orderId);
    }
}
