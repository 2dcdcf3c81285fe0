package org.marquee.core.marketing;

import java.util.List;

/**
 * What a CSV import did: how many addresses were added, and each row refused with its number in
 * the file (counting the header) and the reason.
 */
public record ImportReport(int added, List<Rejected> rejected) {

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    /** A refused row: its line number, the address as written and why. */
    public record Rejected(int line, String value, String reason) {}
}
