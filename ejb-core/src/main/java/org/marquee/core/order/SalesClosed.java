package org.marquee.core.order;

import org.marquee.core.catalog.SalesState;
import org.marquee.core.platform.DomainException;

/** The session does not sell now: not yet, no more, sold out or cancelled. */
public class SalesClosed extends DomainException {

    private final SalesState state;

    public SalesClosed(long sessionId, SalesState state) {
        super("order.salesClosed." + state.name(), sessionId);
        this.state = state;
    }

    public SalesState state() {
        return state;
    }
}
