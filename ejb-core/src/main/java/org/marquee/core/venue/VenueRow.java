package org.marquee.core.venue;

/** A venue as the admin list shows it. */
public record VenueRow(long id, String name, String slug, String cityName, int capacity, int sections) {}
