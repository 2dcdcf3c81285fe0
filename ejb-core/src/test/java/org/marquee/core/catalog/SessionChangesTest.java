package org.marquee.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.Money;
import org.marquee.core.testing.Ids;
import org.marquee.core.testing.Places;
import org.marquee.core.venue.Section;
import org.marquee.core.venue.Venue;

/** What staff may change of a scheduled session: venue, prices, status, price categories. */
class SessionChangesTest {

    private static final Instant SALES_START = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant STARTS = Instant.parse("2026-06-12T18:00:00Z");
    private static final Instant BEFORE_SALES = SALES_START.minusSeconds(60);

    private final Venue arena = Places.storedVenue(1, "Arena", "arena");
    private final Section floor = Ids.assign(arena.addStandingSection("Floor", 500, eur(3000), Places.SPOT), 10);
    private final Section balcony = Ids.assign(arena.addStandingSection("Balcony", 80, eur(4000), Places.SPOT), 11);
    private final Venue club = Places.storedVenue(2, "Club", "club");
    private final Section clubFloor = Ids.assign(club.addStandingSection("Floor", 200, eur(2000), Places.SPOT), 20);

    private final EventSession session = new EventSession(
            new Event("Summer Tour", "summer-tour", null, new Category("Concerts", "concerts", 1), List.of(), STARTS),
            arena,
            new SessionTimes(STARTS, STARTS.plusSeconds(7200), SALES_START, STARTS),
            "EUR");

    private static Money eur(long cents) {
        return Money.ofMinor(cents, "EUR");
    }

    @Test
    void beforeSalesOpenTheSessionMovesToAnotherVenueWithoutTheOldPrices() {
        session.priceSection(floor, eur(3500));

        session.moveTo(club, BEFORE_SALES);

        assertEquals(club, session.venue());
        assertTrue(session.sectionPrices().isEmpty());
        assertEquals(eur(2000), session.priceOf(clubFloor));
    }

    @Test
    void onceSalesOpenedOrTheSessionIsOnSaleTheVenueStays() {
        assertThrows(IllegalStateException.class, () -> session.moveTo(club, SALES_START));

        session.changeStatus(SessionStatus.ON_SALE);
        assertThrows(IllegalStateException.class, () -> session.moveTo(club, BEFORE_SALES));
        assertEquals(arena, session.venue());
    }

    @Test
    void priceCategoriesKeepTheVenue() {
        session.addPriceCategory("VIP", false, 10).price(floor, eur(9000));

        assertThrows(IllegalStateException.class, () -> session.moveTo(club, BEFORE_SALES));
        assertEquals(arena, session.venue());
    }

    @Test
    void stayingAtTheSameVenueIsNoMove() {
        session.priceSection(floor, eur(3500));
        session.changeStatus(SessionStatus.ON_SALE);

        session.moveTo(arena, STARTS);

        assertEquals(Map.of(10L, 3500L), session.sectionPrices());
    }

    @Test
    void repricingReplacesEveryPriceOrNoneWhenOneIsRefused() {
        session.priceSection(floor, eur(3500));

        session.repriceSections(Map.of(balcony, eur(4500)));
        assertEquals(Map.of(11L, 4500L), session.sectionPrices());

        assertThrows(
                IllegalArgumentException.class,
                () -> session.repriceSections(Map.of(floor, eur(100), clubFloor, eur(100))));
        assertThrows(IllegalArgumentException.class, () -> session.repriceSections(Map.of(floor, eur(-1))));
        assertEquals(Map.of(11L, 4500L), session.sectionPrices());
    }

    @Test
    void staffMoveASessionForwardButNeverBack() {
        assertEquals(
                List.of(SessionStatus.SCHEDULED, SessionStatus.ON_SALE, SessionStatus.CANCELLED),
                SessionStatus.SCHEDULED.staffChoices());

        session.changeStatus(SessionStatus.ON_SALE);
        assertThrows(IllegalStateException.class, () -> session.changeStatus(SessionStatus.SCHEDULED));
        session.changeStatus(SessionStatus.SOLD_OUT);
        assertEquals(
                SessionStatus.ON_SALE,
                session.status(),
                "sold out or not is the inventory's: a stale form changes nothing");

        session.changeStatus(SessionStatus.CANCELLED);
        assertTrue(session.isCancelled());
        assertThrows(IllegalStateException.class, () -> session.changeStatus(SessionStatus.ON_SALE));
    }

    @Test
    void aPriceCategoryIsRenamedRepricedAndRemoved() {
        PriceCategory standard = session.addPriceCategory("Standard", true, null);
        PriceCategory vip = session.addPriceCategory("VIP", false, 10);

        assertThrows(IllegalArgumentException.class, () -> session.describePriceCategory(vip, "standard", true, null));
        session.describePriceCategory(vip, "Gold", true, 5);
        vip.reprice(Map.of(balcony, eur(9900)));

        assertEquals("Gold", vip.name());
        assertTrue(vip.isPublic());
        assertEquals(5, vip.quantityLimit().orElseThrow());
        assertEquals(Map.of(11L, 9900L), vip.prices());
        assertThrows(IllegalArgumentException.class, () -> vip.reprice(Map.of(clubFloor, eur(1))));
        assertEquals(Map.of(11L, 9900L), vip.prices());

        session.removePriceCategory(standard);
        assertEquals(List.of(vip), session.priceCategories());
    }
}
