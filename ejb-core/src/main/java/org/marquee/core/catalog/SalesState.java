package org.marquee.core.catalog;

import java.time.Instant;

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

    /** The state of a session of an event with the given statuses and sales window, at {@code now}. */
    public static SalesState of(
            SessionStatus status, EventStatus eventStatus, Instant salesStart, Instant salesEnd, Instant now) {
        if (status == SessionStatus.CANCELLED || eventStatus == EventStatus.CANCELLED) {
            return CANCELLED;
        }
        if (status == SessionStatus.SOLD_OUT) {
            return SOLD_OUT;
        }
        if (now.isBefore(salesStart)) {
            return NOT_YET;
        }
        return now.isBefore(salesEnd) ? ON_SALE : ENDED;
    }
}
