package org.marquee.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanModelTest {

    private static final Placement SPOT = new Placement(0, 0, 0, Shape.ROUNDED, 50, 50);

    @ParameterizedTest
    @ValueSource(strings = {"free", "held", "sold", "mine", "on-hold-2"})
    void aSeatStateIsALowerCaseWord(String state) {
        assertEquals(state, PlanSeat.of("k", "A", 1, SPOT).withState(state).state());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Sold", "sold out", "sold\"", "x<y", "-free", "9"})
    void anythingElseCannotBecomeAClassName(String state) {
        assertThrows(IllegalArgumentException.class, () -> PlanSeat.of("k", "A", 1, SPOT)
                .withState(state));
    }

    @Test
    void aSeatNeedsAKeyARowAPositiveNumberAndAPlacement() {
        assertThrows(IllegalArgumentException.class, () -> PlanSeat.of(" ", "A", 1, SPOT));
        assertThrows(IllegalArgumentException.class, () -> PlanSeat.of("k", "", 1, SPOT));
        assertThrows(IllegalArgumentException.class, () -> PlanSeat.of("k", "A", 0, SPOT));
        assertThrows(NullPointerException.class, () -> PlanSeat.of("k", "A", 1, null));
    }

    @Test
    void aStandingSectionHasNoSeats() {
        List<PlanSeat> seats = List.of(PlanSeat.of("k", "A", 1, SPOT));

        assertThrows(IllegalArgumentException.class, () -> new PlanSection("s", "Floor", true, SPOT, seats));
        assertThrows(IllegalArgumentException.class, () -> PlanSection.standing("", "Floor", SPOT));
        assertThrows(IllegalArgumentException.class, () -> PlanSection.standing("s", " ", SPOT));
    }

    @Test
    void aPlanIsACopyOfWhatItWasGiven() {
        List<PlanSeat> seats = new ArrayList<>(List.of(PlanSeat.of("k", "A", 1, SPOT)));
        PlanSection section = PlanSection.seated("s", "Stalls", SPOT, seats);
        List<PlanSection> sections = new ArrayList<>(List.of(section));
        FloorPlan plan = new FloorPlan("Venue", sections);

        seats.clear();
        sections.clear();

        assertEquals(1, plan.seatCount());
        assertThrows(UnsupportedOperationException.class, () -> plan.sections().clear());
        assertThrows(IllegalArgumentException.class, () -> new FloorPlan(" ", List.of()));
    }

    @Test
    void numbersHaveAtMostTwoDecimalsAndNoTrailingZeros() {
        assertEquals("12", SvgMarkup.number(12.0));
        assertEquals("12.5", SvgMarkup.number(12.50));
        assertEquals("0.33", SvgMarkup.number(1.0 / 3));
        assertEquals("2.68", SvgMarkup.number(2.675));
        assertEquals("-7.1", SvgMarkup.number(-7.1));
        assertEquals("0", SvgMarkup.number(-0.001));
        assertEquals("10000000", SvgMarkup.number(1e7));
    }
}
