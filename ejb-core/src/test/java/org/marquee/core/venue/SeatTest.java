package org.marquee.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.marquee.core.platform.Money;
import org.marquee.core.testing.Places;

class SeatTest {

    private static final Placement SPOT = new Placement(0, 0, 0, Shape.ROUNDED, 45, 45);

    private final Section stalls = Places.venue("Arena", "arena")
            .addSeatedSection("Stalls", Money.ofMinor(4500, "EUR"), Places.SPOT, List.of());

    @Test
    void aSeatHasItsRowWithoutSurroundingSpacesAndItsNumber() {
        Seat seat = new Seat(stalls, " AA ", 12, SPOT);

        assertEquals("AA", seat.rowLabel());
        assertEquals(12, seat.number());
        assertEquals(SPOT, seat.placement());
        assertFalse(seat.disabled());
        assertFalse(seat.wheelchair());
        assertFalse(seat.companion());
    }

    @Test
    void aRowLabelHasUpToTenCharacters() {
        assertEquals("BALCONY-10", new Seat(stalls, " BALCONY-10 ", 1, SPOT).rowLabel());
        assertThrows(IllegalArgumentException.class, () -> new Seat(stalls, "BALCONY-100", 1, SPOT));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aSeatNeedsARowLabel(String rowLabel) {
        assertThrows(IllegalArgumentException.class, () -> new Seat(stalls, rowLabel, 1, SPOT));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void seatNumbersStartAtOne(int number) {
        assertThrows(IllegalArgumentException.class, () -> new Seat(stalls, "A", number, SPOT));
    }

    @Test
    void aSeatNeedsASectionAndAPlace() {
        assertThrows(NullPointerException.class, () -> new Seat(null, "A", 1, SPOT));
        assertThrows(NullPointerException.class, () -> new Seat(stalls, "A", 1, null));
    }

    @Test
    void aSeatIsKnownByItsRowAndNumber() {
        assertEquals("AA-12", new Seat(stalls, "AA", 12, SPOT).key());
    }

    @Test
    void aSeatCanBeMarkedForAWheelchairOrItsCompanion() {
        Seat space = new Seat(stalls, "A", 1, SPOT);
        Seat next = new Seat(stalls, "A", 2, SPOT);

        space.markWheelchair(true);
        next.markCompanion(true);

        assertTrue(space.wheelchair());
        assertFalse(space.companion());
        assertTrue(next.companion());
        space.markWheelchair(false);
        assertFalse(space.wheelchair());
    }

    @Test
    void disablingAndEnablingASeatIsRemembered() {
        stalls.addSeats(List.of(new SeatSpec("A", 1, SPOT)));
        Seat seat = stalls.seats().get(0);

        seat.disable();
        assertTrue(seat.disabled());

        seat.enable();
        assertFalse(seat.disabled());
    }
}
