package org.marquee.core.order;

import org.marquee.core.platform.DomainException;

/**
 * A link to an order whose signature does not match it: changed, cut short, or another order's.
 * It says nothing about whether the order exists.
 */
public class OrderLinkRefused extends DomainException {

    private static final long serialVersionUID = 1L;

    public OrderLinkRefused() {
        super("order.link.refused");
    }
}
