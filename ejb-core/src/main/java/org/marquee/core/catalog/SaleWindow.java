package org.marquee.core.catalog;

import java.time.Instant;

/** What decides whether a session sells now, without loading the session. */
public record SaleWindow(
        long sessionId, SessionStatus status, EventStatus eventStatus, Instant salesStart, Instant salesEnd) {

    public SalesState salesState(Instant now) {
        return SalesState.of(status, eventStatus, salesStart, salesEnd, now);
    }

    /** On sale, but its seats and places are not rows yet. */
    public boolean needsOpening() {
        return status == SessionStatus.SCHEDULED;
    }
}
