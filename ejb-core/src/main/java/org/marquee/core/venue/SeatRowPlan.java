package org.marquee.core.venue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * What venue staff ask for when they fill a seated block: rows of seats laid out on the floor
 * plan, labelled and numbered. Sizes are in plan units (see {@link Placement}).
 *
 * <p>The block is laid out facing the stage, which lies towards smaller y: the front row is
 * centred on the origin, each row {@code rowSpacing} further back (larger y), seats {@code
 * seatSpacing} apart centre to centre. The whole block is then turned by {@code rotation} degrees
 * clockwise about the origin, so the origin is the point staff drag and the block pivots on.
 *
 * <p>With a {@code frontRowRadius} of 0 the rows are straight. Otherwise each row is an arc around
 * a common centre {@code frontRowRadius} in front of the origin (on the stage side); each next
 * row's radius grows by {@code rowSpacing}, so its ends curve towards the stage. Seats are spaced
 * {@code seatSpacing} apart in a straight line from centre to centre and turned to face the arc's
 * centre.
 */
public record SeatRowPlan(
        int rows,
        int seatsPerRow,
        double originX,
        double originY,
        double seatWidth,
        double seatHeight,
        double seatSpacing,
        double rowSpacing,
        double rotation,
        double frontRowRadius,
        RowLabels rowLabels,
        SeatNumbering numbering,
        int firstSeatNumber,
        Shape seatShape) {

    public static final int MAX_ROWS = 200;
    public static final int MAX_SEATS_PER_ROW = 500;
    public static final int MAX_FIRST_SEAT_NUMBER = 9999;

    public SeatRowPlan {
        if (rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("Rows must be between 1 and " + MAX_ROWS);
        }
        if (seatsPerRow < 1 || seatsPerRow > MAX_SEATS_PER_ROW) {
            throw new IllegalArgumentException("Seats per row must be between 1 and " + MAX_SEATS_PER_ROW);
        }
        if (!Double.isFinite(originX) || !Double.isFinite(originY)) {
            throw new IllegalArgumentException("The origin must be a finite position");
        }
        requirePositive(seatWidth, "The seat width");
        requirePositive(seatHeight, "The seat height");
        requirePositive(seatSpacing, "The seat spacing");
        requirePositive(rowSpacing, "The row spacing");
        if (seatSpacing < seatWidth) {
            throw new IllegalArgumentException(
                    "The seat spacing must be at least the seat width so seats do not overlap");
        }
        if (rowSpacing < seatHeight) {
            throw new IllegalArgumentException(
                    "The row spacing must be at least the seat height so rows do not overlap");
        }
        if (!Double.isFinite(rotation)) {
            throw new IllegalArgumentException("The rotation must be a finite number of degrees");
        }
        if (!Double.isFinite(frontRowRadius) || frontRowRadius < 0) {
            throw new IllegalArgumentException("The front row radius must be 0 for straight rows or a positive number");
        }
        if (frontRowRadius > 0 && frontRowRadius < smallestRadius(seatsPerRow, seatSpacing)) {
            throw new IllegalArgumentException("The front row radius must be at least "
                    + (long) Math.ceil(smallestRadius(seatsPerRow, seatSpacing)) + " to fit " + seatsPerRow
                    + " seats per row on the arc");
        }
        Objects.requireNonNull(rowLabels, "Row labels are required");
        Objects.requireNonNull(numbering, "A seat numbering is required");
        if (firstSeatNumber < 1 || firstSeatNumber > MAX_FIRST_SEAT_NUMBER) {
            throw new IllegalArgumentException("The first seat number must be between 1 and " + MAX_FIRST_SEAT_NUMBER);
        }
        if (numbering == SeatNumbering.ODD_EVEN && firstSeatNumber % 2 == 0) {
            throw new IllegalArgumentException("Odd/even numbering must start with an odd seat number");
        }
        Objects.requireNonNull(seatShape, "A seat shape is required");
    }

    private static void requirePositive(double value, String what) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a positive number");
        }
    }

    /**
     * Below this radius the front row would close its circle and its ends would overlap: n seats
     * need n chords of {@code spacing} around the circle (a lone seat still needs one chord to be
     * defined). Rows behind have larger radii.
     */
    private static double smallestRadius(int seats, double spacing) {
        return spacing / (2 * Math.sin(Math.PI / Math.max(seats, 2)));
    }

    /** The angle at the arc's centre between two neighbours whose centres are {@code spacing} apart. */
    private static double angleBetweenSeats(double spacing, double radius) {
        return 2 * Math.asin(spacing / (2 * radius));
    }

    /** A plan with the usual theatre defaults, to be adjusted with the builder's methods. */
    public static SeatRowPlanBuilder builder(int rows, int seatsPerRow) {
        return new SeatRowPlanBuilder(rows, seatsPerRow);
    }

    public int seatCount() {
        return rows * seatsPerRow;
    }

    public boolean curved() {
        return frontRowRadius > 0;
    }

    /** All seats, front row first and each row from left to right; the same plan gives the same list. */
    public List<SeatSpec> generate() {
        List<SeatSpec> seats = new ArrayList<>(seatCount());
        double turn = Math.toRadians(rotation);
        double cos = Math.cos(turn);
        double sin = Math.sin(turn);
        for (int row = 0; row < rows; row++) {
            String label = rowLabels.label(row);
            for (int position = 0; position < seatsPerRow; position++) {
                InBlock seat = curved() ? onArc(row, position) : inStraightRow(row, position);
                Placement placement = new Placement(
                        originX + seat.across * cos - seat.back * sin,
                        originY + seat.across * sin + seat.back * cos,
                        rotation + seat.facing,
                        seatShape,
                        seatWidth,
                        seatHeight);
                seats.add(new SeatSpec(label, numbering.numberAt(position, seatsPerRow, firstSeatNumber), placement));
            }
        }
        return Collections.unmodifiableList(seats);
    }

    /** A seat centre before the block is turned: to the right of the origin, behind it, and its own turn. */
    private record InBlock(double across, double back, double facing) {}

    private InBlock inStraightRow(int row, int position) {
        return new InBlock(fromRowCentre(position) * seatSpacing, row * rowSpacing, 0);
    }

    private InBlock onArc(int row, int position) {
        double radius = frontRowRadius + row * rowSpacing;
        double angle = fromRowCentre(position) * angleBetweenSeats(seatSpacing, radius);
        return new InBlock(radius * Math.sin(angle), radius * Math.cos(angle) - frontRowRadius, -Math.toDegrees(angle));
    }

    /** Seats from the middle of the row, negative to the left; halves for an even count. */
    private double fromRowCentre(int position) {
        return position - (seatsPerRow - 1) / 2.0;
    }
}
