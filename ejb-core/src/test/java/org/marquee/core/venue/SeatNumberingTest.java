package org.marquee.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SeatNumberingTest {

    @Test
    void leftToRightCountsUpFromTheLeftEnd() {
        assertEquals(List.of(1, 2, 3, 4), row(SeatNumbering.LEFT_TO_RIGHT, 4, 1));
        assertEquals(List.of(101, 102, 103), row(SeatNumbering.LEFT_TO_RIGHT, 3, 101));
    }

    @Test
    void rightToLeftCountsUpFromTheRightEnd() {
        assertEquals(List.of(4, 3, 2, 1), row(SeatNumbering.RIGHT_TO_LEFT, 4, 1));
        assertEquals(List.of(12, 11, 10), row(SeatNumbering.RIGHT_TO_LEFT, 3, 10));
    }

    @Test
    void oddEvenGrowsFromTheCentreWithOddNumbersOnTheLeft() {
        assertEquals(List.of(5, 3, 1, 2, 4, 6), row(SeatNumbering.ODD_EVEN, 6, 1));
        assertEquals(List.of(15, 13, 11, 12, 14, 16), row(SeatNumbering.ODD_EVEN, 6, 11));
    }

    @Test
    void oddEvenGivesTheMiddleSeatOfAnOddRowTheFirstNumber() {
        assertEquals(List.of(5, 3, 1, 2, 4), row(SeatNumbering.ODD_EVEN, 5, 1));
        assertEquals(List.of(1), row(SeatNumbering.ODD_EVEN, 1, 1));
        assertEquals(List.of(1, 2), row(SeatNumbering.ODD_EVEN, 2, 1));
    }

    @ParameterizedTest
    @EnumSource(SeatNumbering.class)
    void everySchemeUsesEachNumberOfTheRangeOnce(SeatNumbering numbering) {
        for (int seats = 1; seats <= 41; seats++) {
            List<Integer> sorted = row(numbering, seats, 7).stream().sorted().toList();
            assertEquals(IntStream.range(7, 7 + seats).boxed().toList(), sorted, numbering + " with " + seats);
        }
    }

    @Test
    void aPositionMustBeInTheRow() {
        assertThrows(IllegalArgumentException.class, () -> SeatNumbering.LEFT_TO_RIGHT.numberAt(4, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> SeatNumbering.ODD_EVEN.numberAt(-1, 4, 1));
    }

    private static List<Integer> row(SeatNumbering numbering, int seats, int first) {
        return IntStream.range(0, seats)
                .mapToObj(position -> numbering.numberAt(position, seats, first))
                .toList();
    }
}
