package org.marquee.core.catalog;

/** What a visitor is told about buying tickets for a session right now. */
public enum SalesState {
    NOT_YET,
    ON_SALE,
    SOLD_OUT,
    ENDED,
    CANCELLED;

    public boolean canBuy() {
        return this == ON_SALE;
    }
}
