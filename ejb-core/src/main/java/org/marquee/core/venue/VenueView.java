package org.marquee.core.venue;

/** A venue as its public page shows it, with the floor plan already drawn. */
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
        String floorPlanSvg) {}
