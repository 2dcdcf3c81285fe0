package org.marquee.core.venue;

import org.marquee.core.media.ImageRef;

/** A venue as its public page shows it, with the floor plan already drawn; image is null when it has none. */
public record VenueView(
        long id,
        String name,
        String slug,
        String address,
        String cityName,
        String citySlug,
        String countryName,
        String description,
        int capacity,
        String floorPlanSvg,
        ImageRef image) {}
