package org.marquee.core.geo;

import java.io.Serializable;
import java.time.ZoneId;

/** A city with its country, as lists, pickers, links and the admin form show it. */
public record CityView(long id, String name, String slug, ZoneId timeZone, String countryCode, String countryName)
        implements Serializable {

    static CityView of(City city) {
        return new CityView(
                city.id(),
                city.name(),
                city.slug(),
                city.timeZone(),
                city.country().code(),
                city.country().name());
    }
}
