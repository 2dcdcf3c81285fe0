package org.marquee.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.marquee.core.platform.Money;
import org.marquee.core.testing.Places;

class SectionTest {

    private static final Money PRICE = Money.ofMinor(4500, "EUR");
    private static final Placement SPOT = Places.SPOT;

    private final Venue venue = Places.venue("Arena", "arena");

    private static List<SeatSpec> rows(String firstRow, int rows, int perRow) {
        return SeatRowPlan.builder(rows, perRow)
                .rowLabels(new RowLabels(RowLabels.Scheme.LETTERS, firstRow))
                .build()
                .generate();
    }

    private static SeatSpec seat(String row, int number) {
        return new SeatSpec(row, number, new Placement(number * 50, 0, 0, Shape.ROUNDED, 45, 45));
    }

    private static List<String> keys(Section section) {
        return section.seats().stream().map(Seat::key).collect(Collectors.toList());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 500, Section.MAX_CAPACITY})
    void aStandingSectionHoldsFromOneToTheMostPlaces(int capacity) {
        Section floor = venue.addStandingSection("Floor", 10, PRICE, SPOT);

        floor.resize(capacity);

        assertEquals(capacity, floor.capacity());
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, Section.MAX_CAPACITY + 1})
    void aStandingCapacityOutsideItsBoundsIsRefusedAndChangesNothing(int capacity) {
        Section floor = venue.addStandingSection("Floor", 10, PRICE, SPOT);

        assertThrows(IllegalArgumentException.class, () -> floor.resize(capacity));
        assertEquals(10, floor.capacity());
    }

    @Test
    void aStandingSectionHasNoSeats() {
        Section floor = venue.addStandingSection("Floor", 10, PRICE, SPOT);

        assertThrows(IllegalStateException.class, () -> floor.addSeats(List.of(seat("A", 1))));
        assertTrue(floor.seats().isEmpty());
        assertEquals(10, floor.capacity());
    }

    @Test
    void aSeatedSectionCannotBeResized() {
        Section stalls = venue.addSeatedSection("Stalls", PRICE, SPOT, rows("A", 2, 3));

        assertThrows(IllegalStateException.class, () -> stalls.resize(100));
        assertEquals(6, stalls.capacity());
    }

    @Test
    void aSeatedSectionWithoutSeatsSellsNothing() {
        assertEquals(0, venue.addSeatedSection("Stalls", PRICE, SPOT, List.of()).capacity());
    }

    @Test
    void seatsGetTheRowNumberAndPlaceOfTheirSpec() {
        List<SeatSpec> specs = rows("A", 1, 2);
        Section stalls = venue.addSeatedSection("Stalls", PRICE, SPOT, specs);

        Seat first = stalls.seats().get(0);
        assertEquals("A", first.rowLabel());
        assertEquals(specs.get(0).number(), first.number());
        assertEquals(specs.get(0).placement(), first.placement());
        assertEquals(stalls, first.section());
        assertFalse(first.disabled());
    }

    @Test
    void theSeatedCapacityIsTheSeatsThatAreNotDisabled() {
        Section stalls = venue.addSeatedSection("Stalls", PRICE, SPOT, rows("A", 2, 5));
        Seat broken = stalls.seats().get(3);

        broken.disable();
        assertEquals(9, stalls.capacity());

        broken.disable();
        assertEquals(9, stalls.capacity(), "a seat disabled twice counts once");

        broken.enable();
        assertEquals(10, stalls.capacity());
    }

    @Test
    void moreSeatsCanBeAddedBehindTheOthers() {
        Section stalls = venue.addSeatedSection("Stalls", PRICE, SPOT, rows("A", 2, 3));
        stalls.seats().get(0).disable();

        stalls.addSeats(rows("C", 1, 4));

        assertEquals(10, stalls.seats().size());
        assertEquals(9, stalls.capacity());
    }

    @Test
    void aSeatThatExistsAlreadyIsRefusedWithAllTheOthers() {
        Section stalls = venue.addSeatedSection("Stalls", PRICE, SPOT, rows("A", 2, 3));
        List<String> before = keys(stalls);

        assertThrows(IllegalArgumentException.class, () -> stalls.addSeats(List.of(seat("C", 1), seat("B", 2))));

        assertEquals(before, keys(stalls));
        assertEquals(6, stalls.capacity());
    }

    @Test
    void aSeatTwiceInTheSameBatchIsRefusedWithAllTheOthers() {
        Section stalls = venue.addSeatedSection("Stalls", PRICE, SPOT, List.of());

        assertThrows(
                IllegalArgumentException.class,
                () -> stalls.addSeats(List.of(seat("A", 1), seat("A", 2), seat("A", 1))));

        assertTrue(stalls.seats().isEmpty());
        assertEquals(0, stalls.capacity());
    }

    @Test
    void aSeatedSectionWithTheSameSeatTwiceIsNotCreated() {
        List<SeatSpec> twice = List.of(seat("A", 1), seat("A", 1));

        assertThrows(IllegalArgumentException.class, () -> venue.addSeatedSection("Stalls", PRICE, SPOT, twice));
        assertTrue(venue.sections().isEmpty());
    }

    @Test
    void theSameNumberInAnotherRowIsAnotherSeat() {
        Section stalls = venue.addSeatedSection("Stalls", PRICE, SPOT, List.of(seat("A", 1), seat("AA", 1)));

        stalls.addSeats(List.of(seat("B", 1)));

        assertEquals(List.of("A-1", "AA-1", "B-1"), keys(stalls));
    }

    @Test
    void aSeatIsTheSameWhateverSpacesSurroundItsRowLabel() {
        Section stalls = venue.addSeatedSection("Stalls", PRICE, SPOT, List.of(seat("A", 1)));

        assertThrows(IllegalArgumentException.class, () -> stalls.addSeats(List.of(seat(" A ", 1))));
        assertThrows(IllegalArgumentException.class, () -> stalls.addSeats(List.of(seat("B", 1), seat("B ", 1))));
        assertEquals(List.of("A-1"), keys(stalls));
    }

    @Test
    void aSeatTheSectionRefusesLeavesTheSectionAsItWas() {
        Section stalls = venue.addSeatedSection("Stalls", PRICE, SPOT, List.of(seat("A", 1)));

        assertThrows(
                IllegalArgumentException.class, () -> stalls.addSeats(List.of(seat("B", 1), seat("ROW-TOO-LONG", 1))));

        assertEquals(List.of("A-1"), keys(stalls));
        assertEquals(1, stalls.capacity());
    }

    @Test
    void aStartingPriceCannotBeNegative() {
        Section floor = venue.addStandingSection("Floor", 10, PRICE, SPOT);

        assertThrows(IllegalArgumentException.class, () -> floor.reprice(Money.ofMinor(-1, "EUR")));
        assertThrows(IllegalArgumentException.class, () -> floor.reprice(null));
        assertEquals(PRICE, floor.startingPrice());

        floor.reprice(Money.zero("EUR"));
        assertEquals(Money.zero("EUR"), floor.startingPrice());
    }

    @Test
    void renamingAndPlacingCheckLikeTheConstructor() {
        Section floor = venue.addStandingSection("Floor", 10, PRICE, SPOT);
        Placement elsewhere = SPOT.movedTo(100, 200);

        floor.rename(" Front of stage ");
        floor.place(elsewhere);

        assertEquals("Front of stage", floor.name());
        assertEquals(elsewhere, floor.placement());
        assertThrows(IllegalArgumentException.class, () -> floor.rename(""));
        assertThrows(IllegalArgumentException.class, () -> floor.rename("x".repeat(101)));
        assertThrows(NullPointerException.class, () -> floor.place(null));
    }

    @Test
    void seatsCannotBeChangedFromOutside() {
        Section stalls = venue.addSeatedSection("Stalls", PRICE, SPOT, rows("A", 1, 1));

        assertThrows(UnsupportedOperationException.class, () -> stalls.seats().clear());
    }

    @Test
    void aSectionHoldsAtMostTheMostSeatsAddedAtOnceOrLater() {
        Section stalls = venue.addSeatedSection("Stalls", PRICE, SPOT, rows("A", 100, 50));
        assertEquals(Section.MAX_SEATS, stalls.seats().size());

        assertThrows(IllegalArgumentException.class, () -> stalls.addSeats(List.of(seat("ZZZ", 1))));
        assertEquals(Section.MAX_SEATS, stalls.seats().size());
        assertThrows(
                IllegalArgumentException.class,
                () -> venue.addSeatedSection("Balcony", PRICE, SPOT, rows("A", 101, 50)));
        assertEquals(List.of(stalls), venue.sections());
    }
}
