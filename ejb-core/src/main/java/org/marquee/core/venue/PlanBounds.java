package org.marquee.core.venue;

/**
 * The axis-aligned box around what has been drawn, grown one placement at a time. A turned shape
 * counts with the box around it as turned, so the viewBox never crops a rotated corner.
 */
final class PlanBounds {

    private double minX = Double.POSITIVE_INFINITY;
    private double minY = Double.POSITIVE_INFINITY;
    private double maxX = Double.NEGATIVE_INFINITY;
    private double maxY = Double.NEGATIVE_INFINITY;

    void include(Placement placement) {
        double turn = Math.toRadians(placement.rotation());
        double cos = Math.cos(turn);
        double sin = Math.sin(turn);
        double halfWidth = placement.width() / 2;
        double halfHeight = placement.height() / 2;
        double reachX;
        double reachY;
        if (placement.shape() == Shape.ELLIPSE) {
            // The exact box of a turned ellipse, tighter than the box of its turned bounding box.
            reachX = Math.hypot(halfWidth * cos, halfHeight * sin);
            reachY = Math.hypot(halfWidth * sin, halfHeight * cos);
        } else {
            // Rounded corners lie inside the rectangle's corners, so its box is a safe bound.
            reachX = Math.abs(halfWidth * cos) + Math.abs(halfHeight * sin);
            reachY = Math.abs(halfWidth * sin) + Math.abs(halfHeight * cos);
        }
        include(placement.x() - reachX, placement.y() - reachY, placement.x() + reachX, placement.y() + reachY);
    }

    void include(PlanBounds other) {
        if (!other.isEmpty()) {
            include(other.minX, other.minY, other.maxX, other.maxY);
        }
    }

    void include(double left, double top, double right, double bottom) {
        minX = Math.min(minX, left);
        minY = Math.min(minY, top);
        maxX = Math.max(maxX, right);
        maxY = Math.max(maxY, bottom);
    }

    boolean isEmpty() {
        return minX > maxX;
    }

    double minX() {
        return minX;
    }

    double minY() {
        return minY;
    }

    double maxX() {
        return maxX;
    }

    double maxY() {
        return maxY;
    }

    double centreX() {
        return (minX + maxX) / 2;
    }

    double centreY() {
        return (minY + maxY) / 2;
    }
}
