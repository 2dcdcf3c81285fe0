package org.marquee.core.testing;

import java.time.Instant;
import java.time.ZoneId;
import org.marquee.core.geo.City;
import org.marquee.core.geo.Country;
import org.marquee.core.venue.Placement;
import org.marquee.core.venue.Shape;
import org.marquee.core.venue.Venue;

/** Venues and floor plan spots for unit tests, built through the model's public constructors. */
public final class Places {

    public static final Instant CREATED = Instant.parse("2026-01-05T10:00:00Z");

    public static final Placement SPOT = new Placement(0, 0, 0, Shape.RECTANGLE, 1000, 500);

    private Places() {}

    public static City berlin() {
        return new City(new Country("DE", "Germany"), "Berlin", "berlin-de", ZoneId.of("Europe/Berlin"));
    }

    public static Venue venue(String name, String slug) {
        return new Venue(name, slug, berlin(), "Mühlenstraße 12, 10243 Berlin", CREATED);
    }

    /** A venue with the id the database would give it, so that its sections can be compared by venue. */
    public static Venue storedVenue(long id, String name, String slug) {
        return Ids.assign(venue(name, slug), id);
    }
}
