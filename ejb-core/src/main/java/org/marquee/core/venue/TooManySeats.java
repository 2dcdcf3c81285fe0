package org.marquee.core.venue;

import org.marquee.core.platform.DomainException;

/**
 * Seat rows that would make a section larger than {@link Section#MAX_SEATS}: refused before a
 * single seat is generated, with its own key so a form can show it at the seat counts.
 */
public class TooManySeats extends DomainException {

    public TooManySeats(long requested) {
        super("venue.tooManySeats", requested, Section.MAX_SEATS);
    }
}
