package org.marquee.core.inventory;

/** One seat of a session on the seat map. */
public record SeatAvailability(long seatId, long sectionId, String rowLabel, int number, SeatState state) {}
