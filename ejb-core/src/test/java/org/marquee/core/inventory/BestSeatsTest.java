package org.marquee.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BestSeatsTest {

    /** A row of seats numbered from 1; 'x' is taken, '.' is free. Seat ids are section*1000 + row*100 + number. */
    private static List<BestSeats.Candidate> row(long section, String label, int rowIndex, String pattern) {
        List<BestSeats.Candidate> seats = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            if (pattern.charAt(i) == ' ') {
                continue; // a gap in the numbering (an aisle)
            }
            seats.add(new BestSeats.Candidate(
                    section * 1000 + rowIndex * 100 + i + 1, section, label, i + 1, pattern.charAt(i) == '.'));
        }
        return seats;
    }

    private static List<Long> ids(long section, int rowIndex, int... numbers) {
        List<Long> ids = new ArrayList<>();
        for (int n : numbers) {
            ids.add(section * 1000 + rowIndex * 100 + n);
        }
        return ids;
    }

    @Test
    void takesTheMiddleOfTheFrontRow() {
        List<BestSeats.Candidate> seats = new ArrayList<>(row(1, "A", 1, "........"));
        seats.addAll(row(1, "B", 2, "........"));
        assertEquals(
                Optional.of(ids(1, 1, 4, 5)),
                BestSeats.find(seats, List.of(new BestSeats.PricedSection(1, 5000)), 2, null, null));
    }

    @Test
    void neverLeavesASingleSeatBetweenTheBlockAndATakenSeat() {
        // Row A: x...x — three free seats: a block of two always strands one. Row B is full but for four.
        List<BestSeats.Candidate> seats = new ArrayList<>(row(1, "A", 1, "x...x"));
        seats.addAll(row(1, "B", 2, "xx....x"));
        Optional<List<Long>> block =
                BestSeats.find(seats, List.of(new BestSeats.PricedSection(1, 5000)), 2, null, null);
        assertTrue(block.isPresent());
        List<Long> chosen = block.get();
        assertTrue(
                chosen.equals(ids(1, 2, 3, 4)) || chosen.equals(ids(1, 2, 5, 6)),
                "the block sits against one end of the four, leaving two or none: " + chosen);
    }

    @Test
    void anExactFitIsNoOrphanAndARowEndCounts() {
        assertEquals(
                Optional.of(ids(1, 1, 2, 3)),
                BestSeats.find(row(1, "A", 1, "x..x"), List.of(new BestSeats.PricedSection(1, 1)), 2, null, null));
        assertEquals(
                Optional.empty(),
                BestSeats.find(row(1, "A", 1, "..."), List.of(new BestSeats.PricedSection(1, 1)), 2, null, null),
                "two of three seats at a row's end leave one alone");
    }

    @Test
    void anAisleSplitsARow() {
        // Seats 1-3 and 5-7 (no seat 4): three adjacent seats exist only within one side.
        Optional<List<Long>> block =
                BestSeats.find(row(1, "A", 1, "... ..."), List.of(new BestSeats.PricedSection(1, 1)), 4, null, null);
        assertEquals(Optional.empty(), block);
    }

    @Test
    void theDearestSectionWithinThePriceRangeWins() {
        List<BestSeats.Candidate> seats = new ArrayList<>(row(1, "A", 1, "......"));
        seats.addAll(row(2, "A", 1, "......"));
        seats.addAll(row(3, "A", 1, "......"));
        List<BestSeats.PricedSection> sections = List.of(
                new BestSeats.PricedSection(1, 3000),
                new BestSeats.PricedSection(2, 9000),
                new BestSeats.PricedSection(3, 6000));
        assertEquals(2L, sectionOf(BestSeats.find(seats, sections, 2, null, null)));
        assertEquals(3L, sectionOf(BestSeats.find(seats, sections, 2, null, 8000L)));
        assertEquals(1L, sectionOf(BestSeats.find(seats, sections, 2, 1000L, 5000L)));
        assertEquals(Optional.empty(), BestSeats.find(seats, sections, 2, 10000L, null));
    }

    @Test
    void aFullSectionGivesWayToTheNextBest() {
        List<BestSeats.Candidate> seats = new ArrayList<>(row(1, "A", 1, "x.x.x."));
        seats.addAll(row(2, "A", 1, "......"));
        List<BestSeats.PricedSection> sections =
                List.of(new BestSeats.PricedSection(1, 9000), new BestSeats.PricedSection(2, 3000));
        assertEquals(2L, sectionOf(BestSeats.find(seats, sections, 2, null, null)));
    }

    @Test
    void refusesAskingForNothing() {
        assertThrows(IllegalArgumentException.class, () -> BestSeats.find(List.of(), List.of(), 0, null, null));
    }

    private static long sectionOf(Optional<List<Long>> block) {
        return block.orElseThrow().get(0) / 1000;
    }

    @Test
    void oneSeatIsAnAnswerAndNoneIsNoQuestion() {
        // The middle seat of three would leave one alone on each side: the row's first seat is taken.
        assertEquals(
                Optional.of(ids(1, 1, 1)),
                BestSeats.find(row(1, "A", 1, "..."), List.of(new BestSeats.PricedSection(1, 1)), 1, null, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> BestSeats.find(row(1, "A", 1, "..."), List.of(new BestSeats.PricedSection(1, 1)), 0, null, null));
    }

    @Test
    void thePriceRangeIncludesItsEnds() {
        List<BestSeats.PricedSection> one = List.of(new BestSeats.PricedSection(1, 5000));
        List<BestSeats.Candidate> seats = row(1, "A", 1, "....");
        assertTrue(BestSeats.find(seats, one, 2, 5000L, null).isPresent(), "at the lowest price asked");
        assertTrue(BestSeats.find(seats, one, 2, null, 5000L).isPresent(), "at the highest price asked");
        assertTrue(BestSeats.find(seats, one, 2, 5001L, null).isEmpty());
        assertTrue(BestSeats.find(seats, one, 2, null, 4999L).isEmpty());
    }

    @Test
    void rowBComesBeforeRowAa() {
        // Rows are ordered by the length of their label first: A..Z, then AA.
        List<BestSeats.Candidate> seats = new ArrayList<>(row(1, "AA", 1, "...."));
        seats.addAll(row(1, "B", 2, "...."));
        assertEquals(
                Optional.of(ids(1, 2, 1, 2)),
                BestSeats.find(seats, List.of(new BestSeats.PricedSection(1, 1)), 2, null, null));
    }

    @Test
    void ofBlocksEquallyNearTheMiddleTheFirstWins() {
        // Four free seats, two wanted: 1-2 and 3-4 are as near the middle (2.5); 2-3 strands two singles.
        assertEquals(
                Optional.of(ids(1, 1, 1, 2)),
                BestSeats.find(row(1, "A", 1, "...."), List.of(new BestSeats.PricedSection(1, 1)), 2, null, null));
    }

    @Test
    void aBlockLeavesNoSingleSeatOnItsRightEither() {
        // x.....x with three wanted: 2-4 leaves 5-6 (two), 3-5 strands 2 and 6, 4-6 leaves 2-3.
        List<Long> block = BestSeats.find(
                        row(1, "A", 1, "x.....x"), List.of(new BestSeats.PricedSection(1, 1)), 3, null, null)
                .orElseThrow();
        assertTrue(block.equals(ids(1, 1, 2, 3, 4)) || block.equals(ids(1, 1, 4, 5, 6)), block.toString());
        // x....x with three wanted: every block strands one seat.
        assertEquals(
                Optional.empty(),
                BestSeats.find(row(1, "A", 1, "x....x"), List.of(new BestSeats.PricedSection(1, 1)), 3, null, null));
    }

    @Test
    void aBlockThatStrandsOneSeatOnItsRightIsSkippedEvenNearTheMiddle() {
        // Seats 1-11, the middle is 6; free 2-7. 5-6 would be nearest but strands 7: 6-7 is taken.
        assertEquals(
                Optional.of(ids(1, 1, 6, 7)),
                BestSeats.find(
                        row(1, "A", 1, "x......xxxx"), List.of(new BestSeats.PricedSection(1, 1)), 2, null, null));
    }
}
