package org.marquee.core.venue;

import java.io.Serializable;

/**
 * Where a section goes, as a layout form holds it: every number may still be missing or wrong.
 * The model checks it when it becomes a {@link Placement}. Shared by the admin and venue panels.
 */
public class PlacementDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Double x;
    private Double y;
    private Double rotation;
    private Shape shape;
    private Double width;
    private Double height;

    public PlacementDraft() {
        this(0, 0, 0, Shape.RECTANGLE, 1000, 600);
    }

    public PlacementDraft(double x, double y, double rotation, Shape shape, double width, double height) {
        this.x = x;
        this.y = y;
        this.rotation = rotation;
        this.shape = shape;
        this.width = width;
        this.height = height;
    }

    /** The placement typed, or IllegalArgumentException naming what is missing or wrong. */
    public Placement toPlacement() {
        if (shape == null) {
            throw new IllegalArgumentException("A section needs a shape");
        }
        return new Placement(
                required(x, "The x position"),
                required(y, "The y position"),
                required(rotation, "The rotation"),
                shape,
                required(width, "The width"),
                required(height, "The height"));
    }

    static double required(Double value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    static int required(Integer value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    public Double getX() {
        return x;
    }

    public void setX(Double x) {
        this.x = x;
    }

    public Double getY() {
        return y;
    }

    public void setY(Double y) {
        this.y = y;
    }

    public Double getRotation() {
        return rotation;
    }

    public void setRotation(Double rotation) {
        this.rotation = rotation;
    }

    public Shape getShape() {
        return shape;
    }

    public void setShape(Shape shape) {
        this.shape = shape;
    }

    public Double getWidth() {
        return width;
    }

    public void setWidth(Double width) {
        this.width = width;
    }

    public Double getHeight() {
        return height;
    }

    public void setHeight(Double height) {
        this.height = height;
    }
}
