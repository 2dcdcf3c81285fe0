package org.marquee.core.venue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * Where something sits on a venue's floor plan: the centre (x, y) in plan units (one unit is
 * roughly 1 cm; y grows towards the back of the hall, away from the stage), the rotation in
 * degrees clockwise about the centre, the shape and its size. Immutable.
 */
@Embeddable
public class Placement {

    @Column(name = "position_x", nullable = false)
    private double x;

    @Column(name = "position_y", nullable = false)
    private double y;

    @Column(name = "rotation", nullable = false)
    private double rotation;

    @Enumerated(EnumType.STRING)
    @Column(name = "shape", nullable = false, length = 16)
    private Shape shape;

    @Column(name = "size_x", nullable = false)
    private double width;

    @Column(name = "size_y", nullable = false)
    private double height;

    protected Placement() {}

    public Placement(double x, double y, double rotation, Shape shape, double width, double height) {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !Double.isFinite(rotation)) {
            throw new IllegalArgumentException("A placement needs finite coordinates");
        }
        if (!(width > 0) || !(height > 0) || !Double.isFinite(width) || !Double.isFinite(height)) {
            throw new IllegalArgumentException("A placement needs a positive width and height");
        }
        // + 0.0 turns -0.0 into 0.0, so equal placements hash alike.
        this.x = x + 0.0;
        this.y = y + 0.0;
        this.rotation = normalize(rotation);
        this.shape = Objects.requireNonNull(shape);
        this.width = width;
        this.height = height;
    }

    private static double normalize(double degrees) {
        double r = degrees % 360;
        if (r < 0) {
            r += 360;
        }
        // A tiny negative angle rounds up to a full turn; -0.0 would be equal to 0 with another hash code.
        return r >= 360 || r == 0 ? 0 : r;
    }

    public Placement movedTo(double newX, double newY) {
        return new Placement(newX, newY, rotation, shape, width, height);
    }

    public double x() {
        return x;
    }

    public double y() {
        return y;
    }

    public double rotation() {
        return rotation;
    }

    public Shape shape() {
        return shape;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Placement p
                && p.x == x
                && p.y == y
                && p.rotation == rotation
                && p.shape == shape
                && p.width == width
                && p.height == height;
    }

    @Override
    public int hashCode() {
        return Objects.hash(x, y, rotation, shape, width, height);
    }

    @Override
    public String toString() {
        return shape + "@(" + x + "," + y + ") " + width + "x" + height + " rot " + rotation;
    }
}
