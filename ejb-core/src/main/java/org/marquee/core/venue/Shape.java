package org.marquee.core.venue;

/** How a section or a seat is drawn on the floor plan, inside its width and height. */
public enum Shape {
    RECTANGLE,
    ROUNDED,
    ELLIPSE
}
