package org.marquee.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class GeoTest {

    @Test
    void aCountryIsKeyedByItsIsoCode() {
        Country spain = new Country(" es ", " Spain ");

        assertEquals("ES", spain.code());
        assertEquals("Spain", spain.name());
    }

    @Test
    void unknownCountryCodesAndBlankNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Country("XX", "Nowhere"));
        assertThrows(IllegalArgumentException.class, () -> new Country("ESP", "Spain"));
        assertThrows(IllegalArgumentException.class, () -> new Country("ES", " "));
    }

    @Test
    void aCityNeedsANameASlugAndATimeZone() {
        Country germany = new Country("DE", "Germany");

        City berlin = new City(germany, "Berlin", "berlin-de", ZoneId.of("Europe/Berlin"));

        assertEquals(ZoneId.of("Europe/Berlin"), berlin.timeZone());
        assertThrows(IllegalArgumentException.class, () -> new City(germany, "", "x", ZoneId.of("UTC")));
        assertThrows(IllegalArgumentException.class, () -> new City(germany, "Berlin", "Berlin DE", ZoneId.of("UTC")));
        assertThrows(NullPointerException.class, () -> new City(germany, "Berlin", "berlin-de", null));
    }

    @Test
    void aCityCanBeRenamedAndMovedToAnotherZoneButKeepsItsSlug() {
        City city = new City(new Country("PT", "Portugal"), "Lisboa", "lisboa-pt", ZoneId.of("Europe/Lisbon"));

        city.describe(" Lisbon ", ZoneId.of("Atlantic/Azores"));

        assertEquals("Lisbon", city.name());
        assertEquals(ZoneId.of("Atlantic/Azores"), city.timeZone());
        assertEquals("lisboa-pt", city.slug());
        assertThrows(IllegalArgumentException.class, () -> city.describe(" ", ZoneId.of("UTC")));
        assertThrows(NullPointerException.class, () -> city.describe("Lisbon", null));
    }
}
