package org.marquee.core.catalog;

import java.io.Serializable;
import org.marquee.core.platform.Money;
import org.marquee.core.venue.SectionKind;

/** A section of a session's venue, as the session form prices it. */
public record PricedSection(long id, String name, SectionKind kind, int capacity, Money startingPrice)
        implements Serializable {}
