package org.marquee.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.Money;
import org.marquee.core.testing.Ids;
import org.marquee.core.testing.Places;
import org.marquee.core.venue.SeatRowPlan;
import org.marquee.core.venue.Section;
import org.marquee.core.venue.Venue;

class EventSessionTest {

    private static final Instant SALES_START = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant STARTS = Instant.parse("2026-06-12T18:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-06-12T21:00:00Z");
    private static final SessionTimes TIMES = new SessionTimes(STARTS, ENDS, SALES_START, STARTS);

    private final Venue arena = Places.storedVenue(1, "Arena", "arena");
    private final Section floor = Ids.assign(arena.addStandingSection("Floor", 500, eur(3000), Places.SPOT), 10);
    private final Section stalls = Ids.assign(
            arena.addSeatedSection(
                    "Stalls",
                    eur(5000),
                    Places.SPOT,
                    SeatRowPlan.builder(2, 3).build().generate()),
            11);
    private final Venue club = Places.storedVenue(2, "Club", "club");
    private final Section clubFloor = Ids.assign(club.addStandingSection("Floor", 200, eur(2000), Places.SPOT), 20);

    private final Event event = new Event(
            "Summer Tour", "summer-tour", null, new Category("Concerts", "concerts", 1), List.of(), SALES_START);
    private final EventSession session = new EventSession(event, arena, TIMES, "EUR");

    private static Money eur(long cents) {
        return Money.ofMinor(cents, "EUR");
    }

    @Test
    void aNewSessionIsScheduledAtItsVenueAndTimes() {
        assertEquals(SessionStatus.SCHEDULED, session.status());
        assertEquals(arena, session.venue());
        assertEquals(event, session.event());
        assertEquals(STARTS, session.startsAt());
        assertEquals(ENDS, session.endsAt());
        assertEquals(SALES_START, session.salesStart());
        assertEquals(STARTS, session.salesEnd());
        assertEquals(ZoneId.of("Europe/Berlin"), session.timeZone());
    }

    @Test
    void aSessionSellsInAnIsoCurrency() {
        assertEquals("EUR", new EventSession(event, arena, TIMES, " eur ").currency());
        assertThrows(IllegalArgumentException.class, () -> new EventSession(event, arena, TIMES, "EURO"));
    }

    @Test
    void aSessionNeedsAnEventAVenueAndTimes() {
        assertThrows(NullPointerException.class, () -> new EventSession(null, arena, TIMES, "EUR"));
        assertThrows(NullPointerException.class, () -> new EventSession(event, null, TIMES, "EUR"));
        assertThrows(NullPointerException.class, () -> new EventSession(event, arena, null, "EUR"));
    }

    @Test
    void reschedulingMovesEveryTime() {
        Instant later = STARTS.plusSeconds(86_400);

        session.reschedule(SessionTimes.sellingUntilStart(later, later.plusSeconds(7200), SALES_START));

        assertEquals(later, session.startsAt());
        assertEquals(later.plusSeconds(7200), session.endsAt());
        assertEquals(later, session.salesEnd());
    }

    @Test
    void withoutItsOwnPriceASectionCostsItsStartingPrice() {
        assertEquals(eur(3000), session.priceOf(floor));
        assertEquals(eur(5000), session.priceOf(stalls));
    }

    @Test
    void theSessionsOwnPriceOverridesTheStartingPrice() {
        session.priceSection(floor, eur(4500));

        assertEquals(eur(4500), session.priceOf(floor));
        assertEquals(eur(5000), session.priceOf(stalls));
        assertEquals(Map.of(10L, 4500L), session.sectionPrices());
    }

    @Test
    void aSectionMayBeFreeForASession() {
        session.priceSection(floor, eur(0));

        assertEquals(eur(0), session.priceOf(floor));
    }

    @Test
    void clearingTheSessionsPriceGoesBackToTheStartingPrice() {
        session.priceSection(floor, eur(4500));

        session.clearSectionPrice(floor);

        assertEquals(eur(3000), session.priceOf(floor));
        assertTrue(session.sectionPrices().isEmpty());
    }

    @Test
    void aSectionOfAnotherVenueHasNoPriceHere() {
        assertThrows(IllegalArgumentException.class, () -> session.priceOf(clubFloor));
        assertThrows(IllegalArgumentException.class, () -> session.priceSection(clubFloor, eur(1000)));
        assertTrue(session.sectionPrices().isEmpty());
    }

    @Test
    void aNegativePriceOrOneInAnotherCurrencyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> session.priceSection(floor, eur(-1)));
        assertThrows(IllegalArgumentException.class, () -> session.priceSection(floor, Money.ofMinor(4500, "USD")));
        assertTrue(session.sectionPrices().isEmpty());
        assertEquals(eur(3000), session.priceOf(floor));
    }

    @Test
    void aSectionPricedOnlyInAnotherCurrencyHasNoPriceInTheSession() {
        EventSession inFrancs = new EventSession(event, arena, TIMES, "CHF");

        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> inFrancs.priceOf(floor));

        assertTrue(missing.getMessage().contains("Floor"), missing.getMessage());
        inFrancs.priceSection(floor, Money.ofMinor(3200, "CHF"));
        assertEquals(Money.ofMinor(3200, "CHF"), inFrancs.priceOf(floor));
    }

    @Test
    void noTicketsAreSoldBeforeTheSalesStart() {
        assertEquals(SalesState.NOT_YET, session.salesState(SALES_START.minusMillis(1)));
    }

    @Test
    void ticketsAreSoldFromTheSalesStartUntilJustBeforeTheSalesEnd() {
        assertEquals(SalesState.ON_SALE, session.salesState(SALES_START));
        assertEquals(SalesState.ON_SALE, session.salesState(STARTS.minusMillis(1)));
        assertTrue(session.salesState(SALES_START).canBuy());
    }

    @Test
    void salesHaveEndedFromTheSalesEndOn() {
        assertEquals(SalesState.ENDED, session.salesState(STARTS));
        assertEquals(SalesState.ENDED, session.salesState(ENDS.plusSeconds(3600)));
        assertFalse(session.salesState(STARTS).canBuy());
    }

    @Test
    void aCancelledSessionIsCancelledWhateverTheTime() {
        session.cancel();

        assertEquals(SessionStatus.CANCELLED, session.status());
        assertEquals(SalesState.CANCELLED, session.salesState(SALES_START.minusSeconds(1)));
        assertEquals(SalesState.CANCELLED, session.salesState(SALES_START));
        assertEquals(SalesState.CANCELLED, session.salesState(ENDS));
    }

    @Test
    void everySessionOfACancelledEventIsCancelled() {
        event.publish(Instant.parse("2026-11-01T10:00:00Z"));
        event.cancel();

        assertEquals(SessionStatus.SCHEDULED, session.status());
        assertEquals(SalesState.CANCELLED, session.salesState(SALES_START));
        assertFalse(session.salesState(SALES_START).canBuy());
    }

    @Test
    void priceCategoriesAreKeptInTheOrderTheyWereAdded() {
        PriceCategory standard = session.addPriceCategory("Standard", true, null);
        PriceCategory reduced = session.addPriceCategory("Reduced", true, 50);

        assertEquals(List.of(standard, reduced), session.priceCategories());
        assertEquals(0, standard.sortOrder());
        assertEquals(1, reduced.sortOrder());
    }

    @Test
    void twoPriceCategoriesCannotShareANameWhateverTheCase() {
        session.addPriceCategory("Standard", true, null);

        assertThrows(IllegalArgumentException.class, () -> session.addPriceCategory("STANDARD", false, null));
        assertThrows(IllegalArgumentException.class, () -> session.addPriceCategory("  standard ", true, 10));
        assertEquals(1, session.priceCategories().size());
    }

    @Test
    void aRefusedPriceCategoryIsNotAdded() {
        assertThrows(IllegalArgumentException.class, () -> session.addPriceCategory(" ", true, null));
        assertThrows(IllegalArgumentException.class, () -> session.addPriceCategory("VIP", false, 0));

        assertTrue(session.priceCategories().isEmpty());
    }

    @Test
    void pricesAndCategoriesCannotBeChangedFromOutside() {
        session.priceSection(floor, eur(4500));

        assertThrows(UnsupportedOperationException.class, () -> session.sectionPrices()
                .put(11L, 1L));
        assertThrows(UnsupportedOperationException.class, () -> session.priceCategories()
                .clear());
    }
}
