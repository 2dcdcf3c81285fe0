package org.marquee.core.venue;

import java.io.Serializable;

/** A venue as its admin form edits it, with the city it is in. */
public record VenueDetails(long id, String name, String slug, long cityId, String address, String description)
        implements Serializable {

    static VenueDetails of(Venue venue) {
        return new VenueDetails(
                venue.id(), venue.name(), venue.slug(), venue.city().id(), venue.address(), venue.description());
    }
}
