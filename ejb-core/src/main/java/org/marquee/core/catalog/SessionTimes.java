package org.marquee.core.catalog;

import java.time.Instant;
import java.util.Objects;

/**
 * When a session happens and when its tickets are sold. Sales close at the start at the latest:
 * a ticket bought after the doors opened could not be checked in at the door in time.
 */
public record SessionTimes(Instant startsAt, Instant endsAt, Instant salesStart, Instant salesEnd) {

    public SessionTimes {
        Objects.requireNonNull(startsAt, "A session needs a start");
        Objects.requireNonNull(endsAt, "A session needs an end");
        Objects.requireNonNull(salesStart, "A session needs a sales start");
        Objects.requireNonNull(salesEnd, "A session needs a sales end");
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A session must end after it starts");
        }
        if (!salesEnd.isAfter(salesStart)) {
            throw new IllegalArgumentException("Sales must end after they start");
        }
        if (salesEnd.isAfter(startsAt)) {
            throw new IllegalArgumentException("Sales cannot go on after the session starts");
        }
    }

    /** Sales from now until the start. */
    public static SessionTimes sellingUntilStart(Instant startsAt, Instant endsAt, Instant now) {
        return new SessionTimes(startsAt, endsAt, now, startsAt);
    }
}
