package org.marquee.core.venue;

/**
 * Collects the parameters of a {@link SeatRowPlan} in any order, since a plan can only be
 * checked as a whole (the spacing must fit the seat size, the radius the row length). Starts from
 * common theatre measures: 50 × 50 seats, 55 apart, rows 90 apart, lettered from A and numbered
 * from 1 left to right.
 */
public final class SeatRowPlanBuilder {

    private final int rows;
    private final int seatsPerRow;
    private double originX;
    private double originY;
    private double seatWidth = 50;
    private double seatHeight = 50;
    private double seatSpacing = 55;
    private double rowSpacing = 90;
    private double rotation;
    private double frontRowRadius;
    private RowLabels rowLabels = RowLabels.letters();
    private SeatNumbering numbering = SeatNumbering.LEFT_TO_RIGHT;
    private int firstSeatNumber = 1;
    private Shape seatShape = Shape.ROUNDED;

    SeatRowPlanBuilder(int rows, int seatsPerRow) {
        this.rows = rows;
        this.seatsPerRow = seatsPerRow;
    }

    /** Where the centre of the front row goes; also the point the block turns about. */
    public SeatRowPlanBuilder origin(double x, double y) {
        this.originX = x;
        this.originY = y;
        return this;
    }

    public SeatRowPlanBuilder seatSize(double width, double height) {
        this.seatWidth = width;
        this.seatHeight = height;
        return this;
    }

    /** Centre-to-centre distances: between neighbours in a row and between rows. */
    public SeatRowPlanBuilder spacing(double betweenSeats, double betweenRows) {
        this.seatSpacing = betweenSeats;
        this.rowSpacing = betweenRows;
        return this;
    }

    public SeatRowPlanBuilder rotation(double degreesClockwise) {
        this.rotation = degreesClockwise;
        return this;
    }

    /** 0 keeps the rows straight. */
    public SeatRowPlanBuilder frontRowRadius(double radius) {
        this.frontRowRadius = radius;
        return this;
    }

    public SeatRowPlanBuilder rowLabels(RowLabels labels) {
        this.rowLabels = labels;
        return this;
    }

    public SeatRowPlanBuilder numbering(SeatNumbering scheme, int firstNumber) {
        this.numbering = scheme;
        this.firstSeatNumber = firstNumber;
        return this;
    }

    public SeatRowPlanBuilder seatShape(Shape shape) {
        this.seatShape = shape;
        return this;
    }

    public SeatRowPlan build() {
        return new SeatRowPlan(
                rows,
                seatsPerRow,
                originX,
                originY,
                seatWidth,
                seatHeight,
                seatSpacing,
                rowSpacing,
                rotation,
                frontRowRadius,
                rowLabels,
                numbering,
                firstSeatNumber,
                seatShape);
    }
}
