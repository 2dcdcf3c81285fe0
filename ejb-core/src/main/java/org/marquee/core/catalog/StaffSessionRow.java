package org.marquee.core.catalog;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** A session as the venue and artist panels list it. */
public record StaffSessionRow(
        long id,
        String eventTitle,
        String venueName,
        String cityName,
        ZoneId timeZone,
        Instant startsAt,
        SessionStatus status,
        SalesState salesState) {

    public ZonedDateTime localStart() {
        return startsAt.atZone(timeZone);
    }
}
