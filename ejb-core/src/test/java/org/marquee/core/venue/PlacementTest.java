package org.marquee.core.venue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlacementTest {

    private static Placement turned(double degrees) {
        return new Placement(10, 20, degrees, Shape.RECTANGLE, 300, 200);
    }

    @Test
    void aPlacementKeepsWhatItWasGiven() {
        Placement placement = new Placement(-120.5, 40, 30, Shape.ELLIPSE, 300, 200.5);

        assertEquals(-120.5, placement.x());
        assertEquals(40, placement.y());
        assertEquals(30, placement.rotation());
        assertEquals(Shape.ELLIPSE, placement.shape());
        assertEquals(300, placement.width());
        assertEquals(200.5, placement.height());
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0",
        "90, 90",
        "359.5, 359.5",
        "360, 0",
        "450, 90",
        "720.25, 0.25",
        "-90, 270",
        "-0.5, 359.5",
        "-360, 0",
        "-450, 270",
        "-1080, 0"
    })
    void theRotationIsNormalizedIntoOneTurn(double given, double normalized) {
        assertEquals(normalized, turned(given).rotation());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-1e-14, -1e-300, -0.0, -360, 359.99999999999994, -Double.MIN_VALUE, 1e300, -1e300})
    void theRotationIsAlwaysFromZeroUpToButExcludingAFullTurn(double given) {
        double rotation = turned(given).rotation();

        assertTrue(rotation >= 0 && rotation < 360, given + " became " + rotation);
        assertTrue(Double.compare(rotation, 0.0) >= 0, given + " became negative zero");
    }

    @Test
    void placementsTurnedByWholeTurnsAreEqual() {
        Placement straight = turned(0);

        assertEquals(straight, turned(360));
        assertEquals(straight, turned(-360));
        assertEquals(straight.hashCode(), turned(-360).hashCode());
        assertEquals(turned(90), turned(-270));
        assertEquals(turned(90).hashCode(), turned(-270).hashCode());
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void coordinatesAndRotationMustBeFinite(double notFinite) {
        assertThrows(IllegalArgumentException.class, () -> new Placement(notFinite, 0, 0, Shape.RECTANGLE, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Placement(0, notFinite, 0, Shape.RECTANGLE, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Placement(0, 0, notFinite, Shape.RECTANGLE, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -0.0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void theSizeMustBePositiveAndFinite(double size) {
        assertThrows(IllegalArgumentException.class, () -> new Placement(0, 0, 0, Shape.RECTANGLE, size, 1));
        assertThrows(IllegalArgumentException.class, () -> new Placement(0, 0, 0, Shape.RECTANGLE, 1, size));
    }

    @Test
    void theSmallestSizeIsAnythingAboveZero() {
        assertEquals(Double.MIN_VALUE, new Placement(0, 0, 0, Shape.RECTANGLE, Double.MIN_VALUE, 1).width());
    }

    @Test
    void aPlacementNeedsAShape() {
        assertThrows(NullPointerException.class, () -> new Placement(0, 0, 0, null, 1, 1));
    }

    @Test
    void movingKeepsTheRotationShapeAndSize() {
        Placement moved = new Placement(0, 0, 45, Shape.ROUNDED, 300, 200).movedTo(-50, 75);

        assertEquals(new Placement(-50, 75, 45, Shape.ROUNDED, 300, 200), moved);
    }

    @Test
    void placementsDifferingInAnythingAreNotEqual() {
        Placement placement = new Placement(1, 2, 3, Shape.RECTANGLE, 4, 5);

        assertEquals(placement, new Placement(1, 2, 3, Shape.RECTANGLE, 4, 5));
        assertNotEquals(placement, new Placement(9, 2, 3, Shape.RECTANGLE, 4, 5));
        assertNotEquals(placement, new Placement(1, 9, 3, Shape.RECTANGLE, 4, 5));
        assertNotEquals(placement, new Placement(1, 2, 9, Shape.RECTANGLE, 4, 5));
        assertNotEquals(placement, new Placement(1, 2, 3, Shape.ELLIPSE, 4, 5));
        assertNotEquals(placement, new Placement(1, 2, 3, Shape.RECTANGLE, 9, 5));
        assertNotEquals(placement, new Placement(1, 2, 3, Shape.RECTANGLE, 4, 9));
    }
}
