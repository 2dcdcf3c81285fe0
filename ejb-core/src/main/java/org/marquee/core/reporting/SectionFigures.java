package org.marquee.core.reporting;

import java.io.Serializable;

/**
 * One section as the inventory's rows count it (never worked out from orders): what it sells
 * (seats that are not disabled, or standing places), how many of those are sold, held in a live
 * order, and free (an expired hold counts as free, as a claim would treat it). Over several
 * sessions, the sums of their rows.
 */
public record SectionFigures(
        String venueName, long sectionId, String section, boolean standing, long capacity, long sold, long held)
        implements Serializable {

    public long free() {
        return capacity - sold - held;
    }

    /** Sold as a whole percentage of the capacity (0 for a section without any). */
    public int soldPercent() {
        return capacity == 0 ? 0 : (int) (sold * 100 / capacity);
    }
}
