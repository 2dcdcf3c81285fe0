package org.marquee.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marquee.core.platform.Money;
import org.marquee.core.testing.Ids;
import org.marquee.core.testing.Places;
import org.marquee.core.venue.Section;
import org.marquee.core.venue.Venue;

class PriceCategoryTest {

    private static final Instant STARTS = Instant.parse("2026-06-12T18:00:00Z");

    private final Venue arena = Places.storedVenue(1, "Arena", "arena");
    private final Section floor = Ids.assign(arena.addStandingSection("Floor", 500, eur(3000), Places.SPOT), 10);
    private final Section balcony = Ids.assign(arena.addStandingSection("Balcony", 100, eur(4000), Places.SPOT), 11);
    private final Venue club = Places.storedVenue(2, "Club", "club");
    private final Section clubFloor = Ids.assign(club.addStandingSection("Floor", 200, eur(2000), Places.SPOT), 20);

    private final EventSession session = new EventSession(
            new Event("Summer Tour", "summer-tour", null, new Category("Concerts", "concerts", 1), List.of(), STARTS),
            arena,
            SessionTimes.sellingUntilStart(STARTS, STARTS.plusSeconds(7200), STARTS.minusSeconds(86_400)),
            "EUR");

    private static Money eur(long cents) {
        return Money.ofMinor(cents, "EUR");
    }

    @Test
    void aCategoryKeepsItsStrippedNameVisibilityAndLimit() {
        PriceCategory vip = session.addPriceCategory("  VIP ", false, 20);

        assertEquals("VIP", vip.name());
        assertFalse(vip.isPublic());
        assertEquals(Optional.of(20), vip.quantityLimit());
    }

    @Test
    void withoutALimitAnyQuantityIsSold() {
        assertEquals(
                Optional.empty(),
                session.addPriceCategory("Standard", true, null).quantityLimit());
    }

    @Test
    void theSmallestLimitIsOne() {
        assertEquals(
                Optional.of(1),
                session.addPriceCategory("Golden ticket", false, 1).quantityLimit());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aLimitBelowOneIsRefused(int limit) {
        assertThrows(IllegalArgumentException.class, () -> session.addPriceCategory("VIP", false, limit));
    }

    @Test
    void aCategoryNeedsANameOfAtMostAHundredCharacters() {
        assertThrows(IllegalArgumentException.class, () -> session.addPriceCategory(null, true, null));
        assertThrows(IllegalArgumentException.class, () -> session.addPriceCategory("x".repeat(101), true, null));
        assertEquals(
                100,
                session.addPriceCategory("x".repeat(100), true, null).name().length());
    }

    @Test
    void aCategoryHasItsOwnPricePerSection() {
        PriceCategory reduced = session.addPriceCategory("Reduced", true, null);

        reduced.price(floor, eur(2000));
        reduced.price(balcony, eur(3000));

        assertEquals(Optional.of(eur(2000)), reduced.priceIn(floor));
        assertEquals(Optional.of(eur(3000)), reduced.priceIn(balcony));
        assertEquals(Map.of(10L, 2000L, 11L, 3000L), reduced.prices());
    }

    @Test
    void aCategoryWithoutAPriceInASectionIsNotSoldThere() {
        PriceCategory reduced = session.addPriceCategory("Reduced", true, null);

        reduced.price(floor, eur(2000));

        assertEquals(Optional.empty(), reduced.priceIn(balcony));
    }

    @Test
    void pricingASectionAgainReplacesItsPrice() {
        PriceCategory reduced = session.addPriceCategory("Reduced", true, null);
        reduced.price(floor, eur(2000));

        reduced.price(floor, eur(0));

        assertEquals(Optional.of(eur(0)), reduced.priceIn(floor));
    }

    @Test
    void aSectionOfAnotherVenueCannotBePriced() {
        PriceCategory reduced = session.addPriceCategory("Reduced", true, null);

        assertThrows(IllegalArgumentException.class, () -> reduced.price(clubFloor, eur(1000)));
        assertTrue(reduced.prices().isEmpty());
    }

    @Test
    void aNegativePriceOrOneInAnotherCurrencyIsRefused() {
        PriceCategory reduced = session.addPriceCategory("Reduced", true, null);

        assertThrows(IllegalArgumentException.class, () -> reduced.price(floor, eur(-100)));
        assertThrows(IllegalArgumentException.class, () -> reduced.price(floor, Money.ofMinor(2000, "GBP")));
        assertTrue(reduced.prices().isEmpty());
    }

    @Test
    void pricesCannotBeChangedFromOutside() {
        PriceCategory reduced = session.addPriceCategory("Reduced", true, null);

        assertThrows(UnsupportedOperationException.class, () -> reduced.prices().put(10L, 1L));
    }
}
