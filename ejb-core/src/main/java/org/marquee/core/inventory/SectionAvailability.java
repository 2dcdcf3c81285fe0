package org.marquee.core.inventory;

/**
 * One section of a session: what it sells (its seats that are not disabled, or its standing
 * places) and how many of those are free, held in live orders, and sold.
 */
public record SectionAvailability(
        long sectionId, String name, boolean standing, int capacity, int free, int held, int sold) {

    public boolean soldOut() {
        return free == 0;
    }
}
