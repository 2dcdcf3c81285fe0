package org.marquee.core.venue;

/** One seat with its flags, as the layout tool's seat editor shows it. */
public record SeatView(
        long id,
        long sectionId,
        String sectionName,
        String rowLabel,
        int number,
        boolean disabled,
        boolean wheelchair,
        boolean companion) {

    static SeatView of(Seat seat) {
        return new SeatView(
                seat.id(),
                seat.section().id(),
                seat.section().name(),
                seat.rowLabel(),
                seat.number(),
                seat.disabled(),
                seat.wheelchair(),
                seat.companion());
    }
}
