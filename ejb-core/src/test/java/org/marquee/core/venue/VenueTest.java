package org.marquee.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marquee.core.geo.City;
import org.marquee.core.platform.Money;
import org.marquee.core.testing.Places;

class VenueTest {

    private static final Money TEN_EUROS = Money.ofMinor(1000, "EUR");
    private static final Placement SPOT = Places.SPOT;

    private final Venue venue = Places.venue("Arena", "arena");

    private static List<SeatSpec> seats(int rows, int perRow) {
        return SeatRowPlan.builder(rows, perRow).build().generate();
    }

    @Test
    void aVenueKeepsItsStrippedNameAndAddressAndShowsTimesInItsCitysZone() {
        City berlin = Places.berlin();
        Venue venue = new Venue("  Arena ", "arena", berlin, " Eichenstraße 4 ", Places.CREATED);

        assertEquals("Arena", venue.name());
        assertEquals("Eichenstraße 4", venue.address());
        assertEquals(ZoneId.of("Europe/Berlin"), venue.timeZone());
        assertEquals(0, venue.capacity());
        assertTrue(venue.sections().isEmpty());
    }

    @Test
    void aVenueSellsInItsCountrysCurrencyAndKeepsTheCurrencyItWasLaidOutIn() {
        org.marquee.core.geo.Country japan = new org.marquee.core.geo.Country("JP", "Japan", "JPY");
        City tokyo = new City(japan, "Tokyo", "tokyo-jp", ZoneId.of("Asia/Tokyo"));
        Venue dome = new Venue("Dome", "dome", tokyo, "1 Dome Street", Places.CREATED);
        assertEquals("JPY", dome.currency("EUR"), "the country's, not the platform's default");

        Venue berlinHall = new Venue("Hall", "hall", Places.berlin(), "Street 1", Places.CREATED);
        assertEquals("EUR", berlinHall.currency("EUR"), "a country without a currency: the platform's default");
        assertEquals("USD", berlinHall.currency("USD"));

        dome.addStandingSection("Floor", 100, Money.ofMinor(4000, "JPY"), SPOT);
        japan.changeCurrency("USD");
        assertEquals("JPY", dome.currency("EUR"), "its prices are in yen: its sessions must be too");
        assertEquals("JPY", org.marquee.core.geo.Country.usualCurrency("jp").orElseThrow());
        assertEquals("BRL", org.marquee.core.geo.Country.usualCurrency("BR").orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> new org.marquee.core.geo.Country("JP", "Japan", "YEN"));
    }

    @Test
    void aVenueNeedsANameAValidSlugACityAnAddressAndACreationTime() {
        City berlin = Places.berlin();

        assertThrows(IllegalArgumentException.class, () -> new Venue(" ", "arena", berlin, "Street 1", Places.CREATED));
        assertThrows(
                IllegalArgumentException.class, () -> new Venue("Arena", "Arena", berlin, "Street 1", Places.CREATED));
        assertThrows(NullPointerException.class, () -> new Venue("Arena", "arena", null, "Street 1", Places.CREATED));
        assertThrows(IllegalArgumentException.class, () -> new Venue("Arena", "arena", berlin, "", Places.CREATED));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Venue("Arena", "arena", berlin, "x".repeat(301), Places.CREATED));
        assertThrows(NullPointerException.class, () -> new Venue("Arena", "arena", berlin, "Street 1", null));
    }

    @Test
    void sectionsAreKeptInTheOrderTheyWereAdded() {
        Section floor = venue.addStandingSection("Floor", 800, TEN_EUROS, SPOT);
        Section stalls = venue.addSeatedSection("Stalls", TEN_EUROS, SPOT, seats(2, 3));

        assertEquals(List.of(floor, stalls), venue.sections());
        assertEquals(0, floor.sortOrder());
        assertEquals(1, stalls.sortOrder());
        assertEquals(venue, floor.venue());
        assertEquals(venue, stalls.venue());
    }

    @Test
    void aStandingSectionSellsItsCapacity() {
        Section floor = venue.addStandingSection(" Floor ", 800, TEN_EUROS, SPOT);

        assertEquals("Floor", floor.name());
        assertEquals(SectionKind.STANDING, floor.kind());
        assertEquals(800, floor.capacity());
        assertTrue(floor.seats().isEmpty());
    }

    @Test
    void aSeatedSectionSellsItsSeats() {
        Section stalls = venue.addSeatedSection("Stalls", TEN_EUROS, SPOT, seats(2, 3));

        assertTrue(stalls.isSeated());
        assertEquals(6, stalls.seats().size());
        assertEquals(6, stalls.capacity());
    }

    @Test
    void twoSectionsCannotShareANameWhateverTheCase() {
        venue.addStandingSection("Floor", 800, TEN_EUROS, SPOT);

        assertThrows(IllegalArgumentException.class, () -> venue.addStandingSection("FLOOR", 100, TEN_EUROS, SPOT));
        assertThrows(
                IllegalArgumentException.class, () -> venue.addSeatedSection(" floor ", TEN_EUROS, SPOT, seats(1, 2)));
        assertEquals(1, venue.sections().size());
        assertEquals(800, venue.capacity());
    }

    @Test
    void aRefusedSectionIsNotAdded() {
        assertThrows(IllegalArgumentException.class, () -> venue.addStandingSection("Floor", 0, TEN_EUROS, SPOT));
        assertThrows(
                IllegalArgumentException.class,
                () -> venue.addStandingSection("Floor", 10, Money.ofMinor(-1, "EUR"), SPOT));
        assertThrows(NullPointerException.class, () -> venue.addStandingSection("Floor", 10, TEN_EUROS, null));
        assertThrows(IllegalArgumentException.class, () -> venue.addStandingSection(" ", 10, TEN_EUROS, SPOT));

        assertTrue(venue.sections().isEmpty());
    }

    @Test
    void sectionsAreFoundByNameWhateverTheCase() {
        Section floor = venue.addStandingSection("Floor", 800, TEN_EUROS, SPOT);

        assertEquals(Optional.of(floor), venue.findSection(" fLOOR "));
        assertEquals(Optional.empty(), venue.findSection("Balcony"));
    }

    @Test
    void theCapacityIsTheStandingPlacesPlusTheSeatsThatAreNotDisabled() {
        venue.addStandingSection("Floor", 800, TEN_EUROS, SPOT);
        Section stalls = venue.addSeatedSection("Stalls", TEN_EUROS, SPOT, seats(2, 3));
        venue.addSeatedSection("Balcony", TEN_EUROS, SPOT, seats(1, 4));

        assertEquals(800 + 6 + 4, venue.capacity());

        stalls.seats().get(0).disable();
        stalls.seats().get(5).disable();

        assertEquals(800 + 4 + 4, venue.capacity());
    }

    @Test
    void theCapacityFollowsResizingAndRemovingSections() {
        Section floor = venue.addStandingSection("Floor", 800, TEN_EUROS, SPOT);
        Section stalls = venue.addSeatedSection("Stalls", TEN_EUROS, SPOT, seats(2, 3));

        floor.resize(1200);
        assertEquals(1206, venue.capacity());

        venue.removeSection(stalls);
        assertEquals(List.of(floor), venue.sections());
        assertEquals(1200, venue.capacity());
    }

    @Test
    void theNameOfARemovedSectionCanBeUsedAgain() {
        Section floor = venue.addStandingSection("Floor", 800, TEN_EUROS, SPOT);
        venue.removeSection(floor);

        Section again = venue.addStandingSection("Floor", 500, TEN_EUROS, SPOT);

        assertEquals(List.of(again), venue.sections());
    }

    @Test
    void sectionsCannotBeChangedFromOutside() {
        venue.addStandingSection("Floor", 800, TEN_EUROS, SPOT);

        assertThrows(UnsupportedOperationException.class, () -> venue.sections().clear());
    }

    @Test
    void onlyAnOwnSectionCanBeRemoved() {
        Section floor = venue.addStandingSection("Floor", 800, TEN_EUROS, SPOT);
        Venue other = Places.venue("Club", "club");
        Section elsewhere = other.addStandingSection("Floor", 100, TEN_EUROS, SPOT);

        assertThrows(IllegalArgumentException.class, () -> venue.removeSection(elsewhere));
        assertEquals(List.of(floor), venue.sections());
        assertEquals(List.of(elsewhere), other.sections());
    }
}
