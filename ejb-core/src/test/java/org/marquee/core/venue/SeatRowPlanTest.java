package org.marquee.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SeatRowPlanTest {

    private static final double EPSILON = 1e-9;

    @Test
    void aStraightBlockIsCentredOnTheOriginAndGrowsTowardsTheBack() {
        List<SeatSpec> seats = SeatRowPlan.builder(2, 3)
                .origin(100, 200)
                .seatSize(40, 30)
                .spacing(50, 80)
                .build()
                .generate();

        assertEquals(
                List.of(
                        new SeatSpec("A", 1, seat(50, 200)),
                        new SeatSpec("A", 2, seat(100, 200)),
                        new SeatSpec("A", 3, seat(150, 200)),
                        new SeatSpec("B", 1, seat(50, 280)),
                        new SeatSpec("B", 2, seat(100, 280)),
                        new SeatSpec("B", 3, seat(150, 280))),
                seats);
    }

    @Test
    void anEvenRowHasTheOriginBetweenItsMiddleSeats() {
        List<SeatSpec> seats = SeatRowPlan.builder(1, 4).spacing(60, 90).build().generate();

        assertEquals(List.of(-90.0, -30.0, 30.0, 90.0), xs(seats));
    }

    @Test
    void theBlockTurnsClockwiseAboutTheOrigin() {
        SeatRowPlan plan = SeatRowPlan.builder(2, 3)
                .origin(100, 200)
                .spacing(50, 80)
                .rotation(90)
                .build();

        List<SeatSpec> seats = plan.generate();

        // A quarter turn clockwise with y pointing down: the row runs downwards, the rows go left.
        assertAt(seats.get(0), 100, 150);
        assertAt(seats.get(1), 100, 200);
        assertAt(seats.get(2), 100, 250);
        assertAt(seats.get(4), 20, 200);
        assertTrue(seats.stream().allMatch(seat -> seat.placement().rotation() == 90));
    }

    @Test
    void aTurnedBlockIsTheStraightBlockTurnedAboutTheOrigin() {
        SeatRowPlanBuilder block = SeatRowPlan.builder(4, 7).origin(-300, 50).seatShape(Shape.ELLIPSE);
        List<SeatSpec> straight = block.build().generate();
        List<SeatSpec> turned = block.rotation(-30).build().generate();

        double turn = Math.toRadians(-30);
        for (int i = 0; i < straight.size(); i++) {
            Placement before = straight.get(i).placement();
            Placement after = turned.get(i).placement();
            double dx = before.x() + 300;
            double dy = before.y() - 50;
            assertEquals(-300 + dx * Math.cos(turn) - dy * Math.sin(turn), after.x(), EPSILON);
            assertEquals(50 + dx * Math.sin(turn) + dy * Math.cos(turn), after.y(), EPSILON);
            assertEquals(330, after.rotation(), EPSILON);
            assertEquals(straight.get(i).number(), turned.get(i).number());
        }
    }

    @Test
    void curvedRowsAreArcsAroundAPointInFrontOfTheOrigin() {
        double radius = 1000;
        SeatRowPlan plan = SeatRowPlan.builder(6, 21)
                .origin(500, 400)
                .spacing(55, 90)
                .frontRowRadius(radius)
                .build();

        Map<String, List<SeatSpec>> rows = byRow(plan.generate());

        for (int row = 0; row < 6; row++) {
            for (SeatSpec seat : rows.get(plan.rowLabels().label(row))) {
                assertEquals(radius + row * 90, distance(seat.placement(), 500, 400 - radius), 1e-6);
            }
        }
        assertAt(rows.get("A").get(10), 500, 400);
        assertTrue(rows.get("A").get(0).placement().y() < 400, "the ends bend towards the stage");
    }

    @Test
    void seatsOnAnArcKeepTheirSpacingAndFaceItsCentre() {
        SeatRowPlan plan = SeatRowPlan.builder(5, 30)
                .origin(200, 300)
                .spacing(52, 85)
                .rotation(20)
                .frontRowRadius(600)
                .build();
        double turn = Math.toRadians(20);
        double centreX = 200 + 600 * Math.sin(turn);
        double centreY = 300 - 600 * Math.cos(turn);

        for (List<SeatSpec> row : byRow(plan.generate()).values()) {
            for (int i = 0; i + 1 < row.size(); i++) {
                assertEquals(52, distance(row.get(i).placement(), row.get(i + 1).placement()), EPSILON);
            }
            for (SeatSpec seat : row) {
                Placement place = seat.placement();
                double facing = Math.toRadians(place.rotation());
                double towardsCentre =
                        ((centreX - place.x()) * Math.sin(facing) - (centreY - place.y()) * Math.cos(facing))
                                / distance(place, centreX, centreY);
                assertEquals(1, towardsCentre, EPSILON, "seat " + seat + " faces the centre");
            }
        }
    }

    @Test
    void curvedRowsDoNotOverlapEachOther() {
        SeatRowPlan plan = SeatRowPlan.builder(8, 40)
                .seatSize(50, 60)
                .spacing(50, 60)
                .frontRowRadius(400)
                .build();
        List<SeatSpec> seats = plan.generate();

        for (SeatSpec one : seats) {
            for (SeatSpec other : seats) {
                if (!one.rowLabel().equals(other.rowLabel())) {
                    assertTrue(distance(one.placement(), other.placement()) >= 60 - EPSILON, one + " / " + other);
                }
            }
        }
    }

    @Test
    void aTightArcCanCloseToAFullCircle() {
        double smallest = 55 / (2 * Math.sin(Math.PI / 12));
        List<SeatSpec> ring =
                SeatRowPlan.builder(1, 12).frontRowRadius(smallest).build().generate();

        assertEquals(55, distance(ring.get(0).placement(), ring.get(11).placement()), 1e-6);
    }

    @Test
    void aSingleSeatOnAnArcSitsOnTheOrigin() {
        List<SeatSpec> seats = SeatRowPlan.builder(3, 1)
                .origin(10, 20)
                .spacing(55, 90)
                .frontRowRadius(28)
                .build()
                .generate();

        assertAt(seats.get(0), 10, 20);
        assertAt(seats.get(2), 10, 200);
    }

    @Test
    void rowsAreLabelledAndNumberedAsAsked() {
        List<SeatSpec> seats = SeatRowPlan.builder(3, 5)
                .rowLabels(new RowLabels(RowLabels.Scheme.LETTERS_WITHOUT_I_AND_O, "H"))
                .numbering(SeatNumbering.ODD_EVEN, 101)
                .build()
                .generate();

        assertEquals(
                List.of("H", "J", "K"),
                seats.stream().map(SeatSpec::rowLabel).distinct().toList());
        assertEquals(
                List.of(105, 103, 101, 102, 104),
                seats.subList(0, 5).stream().map(SeatSpec::number).toList());
        assertEquals(-110.0, seats.get(0).placement().x(), EPSILON, "the outer odd seat is on the left");
    }

    @Test
    void everySeatIsThereOnceAndTheListIsTheSameEachTime() {
        SeatRowPlan plan = SeatRowPlan.builder(30, 47)
                .numbering(SeatNumbering.RIGHT_TO_LEFT, 1)
                .frontRowRadius(2500)
                .build();

        List<SeatSpec> seats = plan.generate();

        assertEquals(30 * 47, seats.size());
        assertEquals(plan.seatCount(), seats.size());
        Set<String> identities = new HashSet<>();
        seats.forEach(seat -> identities.add(seat.rowLabel() + "/" + seat.number()));
        assertEquals(seats.size(), identities.size());
        assertEquals(seats, plan.generate());
        assertThrows(UnsupportedOperationException.class, () -> seats.remove(0));
    }

    @Test
    void seatsAreRoundedUnlessAnotherShapeIsAsked() {
        Placement rounded = SeatRowPlan.builder(1, 1).build().generate().get(0).placement();
        Placement ellipse = SeatRowPlan.builder(1, 1)
                .seatShape(Shape.ELLIPSE)
                .build()
                .generate()
                .get(0)
                .placement();

        assertEquals(Shape.ROUNDED, rounded.shape());
        assertEquals(Shape.ELLIPSE, ellipse.shape());
        assertEquals(50, ellipse.width());
    }

    @Test
    void aLargeCurvedBlockIsGeneratedInFull() {
        List<SeatSpec> seats = SeatRowPlan.builder(40, 50)
                .frontRowRadius(1500)
                .rotation(12.5)
                .numbering(SeatNumbering.ODD_EVEN, 1)
                .build()
                .generate();

        assertEquals(2000, seats.size());
        assertFalse(
                seats.stream().anyMatch(seat -> Double.isNaN(seat.placement().x())));
    }

    @Test
    void blocksOutsideTheLimitsAreRefused() {
        assertRefused("Rows must be between 1 and 200", () -> SeatRowPlan.builder(0, 10));
        assertRefused("Rows must be between 1 and 200", () -> SeatRowPlan.builder(201, 10));
        assertRefused("Seats per row must be between 1 and 500", () -> SeatRowPlan.builder(10, 0));
        assertRefused("Seats per row must be between 1 and 500", () -> SeatRowPlan.builder(10, 501));
    }

    @Test
    void invalidMeasuresAreRefusedWithAMessageForTheField() {
        assertRefused("The origin must be a finite position", () -> block().origin(Double.POSITIVE_INFINITY, 0));
        assertRefused("The origin must be a finite position", () -> block().origin(0, Double.NaN));
        assertRefused("The seat width must be a positive number", () -> block().seatSize(0, 50));
        assertRefused("The seat width must be a positive number", () -> block().seatSize(Double.NaN, 50));
        assertRefused("The seat height must be a positive number", () -> block().seatSize(50, -1));
        assertRefused(
                "The seat spacing must be a positive number", () -> block().spacing(Double.POSITIVE_INFINITY, 90));
        assertRefused("The row spacing must be a positive number", () -> block().spacing(55, 0));
        assertRefused("The rotation must be a finite number of degrees", () -> block().rotation(Double.NaN));
    }

    @Test
    void seatsMayTouchButNotOverlap() {
        assertRefused("The seat spacing must be at least the seat width so seats do not overlap", () -> block().spacing(
                        49.9, 90));
        assertRefused("The row spacing must be at least the seat height so rows do not overlap", () -> block().spacing(
                        55, 49));
        assertEquals(
                1, SeatRowPlan.builder(1, 1).spacing(50, 50).build().generate().size());
    }

    @Test
    void theFrontRowMustFitOnItsArc() {
        assertRefused(
                "The front row radius must be 0 for straight rows or a positive number",
                () -> block().frontRowRadius(-1));
        assertRefused(
                "The front row radius must be at least 176 to fit 20 seats per row on the arc",
                () -> block().frontRowRadius(175));
    }

    @Test
    void seatNumbersStartWhereTheSchemeAllows() {
        assertRefused("The first seat number must be between 1 and 9999", () -> block().numbering(
                        SeatNumbering.LEFT_TO_RIGHT, 0));
        assertRefused("The first seat number must be between 1 and 9999", () -> block().numbering(
                        SeatNumbering.LEFT_TO_RIGHT, 10_000));
        assertRefused("Odd/even numbering must start with an odd seat number", () -> block().numbering(
                        SeatNumbering.ODD_EVEN, 2));
    }

    @Test
    void theSchemesAndShapeAreRequired() {
        assertThrows(
                NullPointerException.class,
                () -> SeatRowPlan.builder(1, 1).rowLabels(null).build());
        assertThrows(
                NullPointerException.class,
                () -> SeatRowPlan.builder(1, 1).numbering(null, 1).build());
        assertThrows(
                NullPointerException.class,
                () -> SeatRowPlan.builder(1, 1).seatShape(null).build());
    }

    @Test
    void theLimitsThemselvesAreAllowed() {
        assertEquals(200 * 500, SeatRowPlan.builder(200, 500).build().seatCount());
        assertEquals(1, SeatRowPlan.builder(1, 1).build().seatCount());
    }

    /** Twenty seats a row, the other measures the builder's defaults. */
    private static SeatRowPlanBuilder block() {
        return SeatRowPlan.builder(10, 20);
    }

    private static void assertRefused(String message, Supplier<SeatRowPlanBuilder> plan) {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> plan.get().build());
        assertEquals(message, refused.getMessage());
    }

    private static Placement seat(double x, double y) {
        return new Placement(x, y, 0, Shape.ROUNDED, 40, 30);
    }

    private static void assertAt(SeatSpec seat, double x, double y) {
        assertEquals(x, seat.placement().x(), EPSILON, seat.toString());
        assertEquals(y, seat.placement().y(), EPSILON, seat.toString());
    }

    private static List<Double> xs(List<SeatSpec> seats) {
        return seats.stream().map(seat -> seat.placement().x()).toList();
    }

    private static Map<String, List<SeatSpec>> byRow(List<SeatSpec> seats) {
        return seats.stream().collect(Collectors.groupingBy(SeatSpec::rowLabel));
    }

    private static double distance(Placement one, Placement other) {
        return distance(one, other.x(), other.y());
    }

    private static double distance(Placement place, double x, double y) {
        return Math.hypot(place.x() - x, place.y() - y);
    }
}
