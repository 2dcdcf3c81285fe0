package org.marquee.core.venue;

import org.marquee.core.platform.Money;

/** A section as the layout tool lists it; {@code seats} counts disabled seats too. */
public record SectionRow(long id, String name, SectionKind kind, int capacity, int seats, Money startingPrice) {

    public boolean seated() {
        return kind == SectionKind.SEATED;
    }
}
