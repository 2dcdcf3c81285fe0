package org.marquee.core.catalog;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Where and when a session is, as an order's page, its calendar file and its texts tell the
 * buyer: the event, the venue with its address and city, start and end in the venue's time zone.
 */
public record SessionPlace(
        long sessionId,
        String eventTitle,
        String eventSlug,
        String venueName,
        String venueAddress,
        String city,
        ZoneId timeZone,
        Instant startsAt,
        Instant endsAt,
        boolean cancelled)
        implements Serializable {

    public ZonedDateTime localStart() {
        return startsAt.atZone(timeZone);
    }

    public ZonedDateTime localEnd() {
        return endsAt.atZone(timeZone);
    }

    /** "Venue, address, city" without the parts that are empty. */
    public String location() {
        StringBuilder text = new StringBuilder(venueName);
        for (String part : new String[] {venueAddress, city}) {
            if (part != null && !part.isBlank()) {
                text.append(", ").append(part.strip());
            }
        }
        return text.toString();
    }
}
