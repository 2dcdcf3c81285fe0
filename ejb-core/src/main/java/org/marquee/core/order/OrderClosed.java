package org.marquee.core.order;

import org.marquee.core.platform.DomainException;

/** The order is no longer PENDING (paid, cancelled or refunded): its seats cannot change. */
public class OrderClosed extends DomainException {

    public OrderClosed(String pnr, OrderStatus status) {
        super("order.closed", pnr, status.name());
    }
}
