package org.marquee.core.promo;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * The zone a promo code's validity is typed and shown in, and why: a code for one session uses
 * its venue's zone; an event-wide code the zone its sessions share, or, when they are in several
 * zones, the zone of the event's first session ({@code acrossZones}, so the form says so); an
 * event without sessions UTC.
 *
 * @param places the cities whose zone it is (empty for UTC)
 */
public record ValidityZone(ZoneId zone, List<String> places, boolean acrossZones) implements Serializable {

    public static final ValidityZone UTC = new ValidityZone(ZoneId.of("UTC"), List.of(), false);

    public ValidityZone {
        places = List.copyOf(places);
    }

    /** The zone's IANA name, such as Asia/Tokyo. */
    public String zoneName() {
        return zone.getId();
    }

    public String placeList() {
        return String.join(", ", places);
    }
}
