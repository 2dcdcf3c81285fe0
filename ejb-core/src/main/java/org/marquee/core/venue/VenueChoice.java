package org.marquee.core.venue;

import java.io.Serializable;

/** A venue as a picker offers it: its name and city. */
public record VenueChoice(long id, String name, String cityName) implements Serializable {}
