package org.marquee.core.catalog;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;

/**
 * A venue as the session form needs it: where it is, its time zone, the currency a new session
 * there sells in, and its sections.
 */
public record VenueSections(
        long id, String name, String cityName, ZoneId timeZone, String currency, List<PricedSection> sections)
        implements Serializable {

    public VenueSections {
        sections = List.copyOf(sections);
    }

    /** The zone's IANA name, such as Europe/Berlin. */
    public String zoneName() {
        return timeZone.getId();
    }
}
