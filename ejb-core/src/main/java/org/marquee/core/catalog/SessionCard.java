package org.marquee.core.catalog;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.marquee.core.media.ImageRef;
import org.marquee.core.platform.Money;

/**
 * A session as lists show it: what, where, when (in the venue's zone), from what price, buyable or
 * not, and the event's picture (null when it has none).
 */
public record SessionCard(
        long sessionId,
        String eventTitle,
        String eventSlug,
        String categoryName,
        String categorySlug,
        String venueName,
        String venueSlug,
        String cityName,
        String citySlug,
        ZoneId timeZone,
        Instant startsAt,
        SalesState salesState,
        Money fromPrice,
        ImageRef eventImage) {

    /** The start in the venue's own time zone, as the venue's audience reads it. */
    public ZonedDateTime localStart() {
        return startsAt.atZone(timeZone);
    }
}
