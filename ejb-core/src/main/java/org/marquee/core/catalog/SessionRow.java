package org.marquee.core.catalog;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A session as its event's admin page lists it, its times in the venue's zone. */
public record SessionRow(
        long id,
        String venueName,
        String cityName,
        ZoneId timeZone,
        Instant startsAt,
        Instant endsAt,
        SessionStatus status,
        SalesState salesState)
        implements Serializable {

    public ZonedDateTime localStart() {
        return startsAt.atZone(timeZone);
    }

    public ZonedDateTime localEnd() {
        return endsAt.atZone(timeZone);
    }
}
