package org.marquee.core.geo;

import java.io.Serializable;

/** A country as lists and pickers show it; currency is null where the platform's default applies. */
public record CountryView(String code, String name, String currency) implements Serializable {

    static CountryView of(Country country) {
        return new CountryView(
                country.code(), country.name(), country.currency().orElse(null));
    }
}
