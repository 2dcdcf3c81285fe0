package org.marquee.core.venue;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A seated section as the layout form holds it: its name and price, the seat rows to generate
 * (every parameter of a {@link SeatRowPlan}) and its area on the plan, which by default is fitted
 * around the generated seats so staff need not work it out. Starts from the plan builder's
 * theatre defaults. The model checks everything when the plan is built.
 */
public class SeatedSectionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Room between the outermost seats and the edge of a fitted area. */
    static final double FIT_MARGIN = 30;

    private String name;
    private BigDecimal startingPrice;
    private Integer rows = 5;
    private Integer seatsPerRow = 10;
    private Double originX = 0.0;
    private Double originY = 1600.0;
    private Double seatWidth = 50.0;
    private Double seatHeight = 50.0;
    private Double seatSpacing = 55.0;
    private Double rowSpacing = 90.0;
    private Double rotation = 0.0;
    private Double frontRowRadius = 0.0;
    private RowLabels.Scheme rowLabelScheme = RowLabels.Scheme.LETTERS;
    private String firstRowLabel = "A";
    private SeatNumbering numbering = SeatNumbering.LEFT_TO_RIGHT;
    private Integer firstSeatNumber = 1;
    private Shape seatShape = Shape.ROUNDED;
    private boolean fitArea = true;
    private final PlacementDraft area = new PlacementDraft(0, 1800, 0, Shape.ROUNDED, 1000, 600);

    /** How many seats the rows would make, or 0 while rows or seats per row are missing. */
    public long seatCount() {
        return rows == null || seatsPerRow == null ? 0 : (long) rows * seatsPerRow;
    }

    /** The generator's parameters, or IllegalArgumentException saying which does not fit. */
    public SeatRowPlan toPlan() {
        if (rowLabelScheme == null || numbering == null || seatShape == null) {
            throw new IllegalArgumentException("Choose a row labelling, a seat numbering and a seat shape");
        }
        return SeatRowPlan.builder(
                        PlacementDraft.required(rows, "The number of rows"),
                        PlacementDraft.required(seatsPerRow, "The number of seats per row"))
                .origin(
                        PlacementDraft.required(originX, "The front row's x position"),
                        PlacementDraft.required(originY, "The front row's y position"))
                .seatSize(
                        PlacementDraft.required(seatWidth, "The seat width"),
                        PlacementDraft.required(seatHeight, "The seat height"))
                .spacing(
                        PlacementDraft.required(seatSpacing, "The seat spacing"),
                        PlacementDraft.required(rowSpacing, "The row spacing"))
                .rotation(PlacementDraft.required(rotation, "The rotation"))
                .frontRowRadius(PlacementDraft.required(frontRowRadius, "The front row radius"))
                .rowLabels(new RowLabels(rowLabelScheme, firstRowLabel))
                .numbering(numbering, PlacementDraft.required(firstSeatNumber, "The first seat number"))
                .seatShape(seatShape)
                .build();
    }

    /** The section's area: the one typed, or the box around the seats plus a margin. */
    public Placement area(List<SeatSpec> seats) {
        if (!fitArea) {
            return area.toPlacement();
        }
        if (seats.isEmpty()) {
            throw new IllegalArgumentException("An area can only be fitted around seats");
        }
        PlanBounds bounds = new PlanBounds();
        seats.forEach(seat -> bounds.include(seat.placement()));
        Shape shape = area.getShape() == null ? Shape.RECTANGLE : area.getShape();
        return new Placement(
                bounds.centreX(),
                bounds.centreY(),
                0,
                shape,
                bounds.maxX() - bounds.minX() + 2 * FIT_MARGIN,
                bounds.maxY() - bounds.minY() + 2 * FIT_MARGIN);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getStartingPrice() {
        return startingPrice;
    }

    public void setStartingPrice(BigDecimal startingPrice) {
        this.startingPrice = startingPrice;
    }

    public Integer getRows() {
        return rows;
    }

    public void setRows(Integer rows) {
        this.rows = rows;
    }

    public Integer getSeatsPerRow() {
        return seatsPerRow;
    }

    public void setSeatsPerRow(Integer seatsPerRow) {
        this.seatsPerRow = seatsPerRow;
    }

    public Double getOriginX() {
        return originX;
    }

    public void setOriginX(Double originX) {
        this.originX = originX;
    }

    public Double getOriginY() {
        return originY;
    }

    public void setOriginY(Double originY) {
        this.originY = originY;
    }

    public Double getSeatWidth() {
        return seatWidth;
    }

    public void setSeatWidth(Double seatWidth) {
        this.seatWidth = seatWidth;
    }

    public Double getSeatHeight() {
        return seatHeight;
    }

    public void setSeatHeight(Double seatHeight) {
        this.seatHeight = seatHeight;
    }

    public Double getSeatSpacing() {
        return seatSpacing;
    }

    public void setSeatSpacing(Double seatSpacing) {
        this.seatSpacing = seatSpacing;
    }

    public Double getRowSpacing() {
        return rowSpacing;
    }

    public void setRowSpacing(Double rowSpacing) {
        this.rowSpacing = rowSpacing;
    }

    public Double getRotation() {
        return rotation;
    }

    public void setRotation(Double rotation) {
        this.rotation = rotation;
    }

    public Double getFrontRowRadius() {
        return frontRowRadius;
    }

    public void setFrontRowRadius(Double frontRowRadius) {
        this.frontRowRadius = frontRowRadius;
    }

    public RowLabels.Scheme getRowLabelScheme() {
        return rowLabelScheme;
    }

    public void setRowLabelScheme(RowLabels.Scheme rowLabelScheme) {
        this.rowLabelScheme = rowLabelScheme;
    }

    public String getFirstRowLabel() {
        return firstRowLabel;
    }

    public void setFirstRowLabel(String firstRowLabel) {
        this.firstRowLabel = firstRowLabel;
    }

    public SeatNumbering getNumbering() {
        return numbering;
    }

    public void setNumbering(SeatNumbering numbering) {
        this.numbering = numbering;
    }

    public Integer getFirstSeatNumber() {
        return firstSeatNumber;
    }

    public void setFirstSeatNumber(Integer firstSeatNumber) {
        this.firstSeatNumber = firstSeatNumber;
    }

    public Shape getSeatShape() {
        return seatShape;
    }

    public void setSeatShape(Shape seatShape) {
        this.seatShape = seatShape;
    }

    public boolean isFitArea() {
        return fitArea;
    }

    public void setFitArea(boolean fitArea) {
        this.fitArea = fitArea;
    }

    public PlacementDraft getArea() {
        return area;
    }
}
