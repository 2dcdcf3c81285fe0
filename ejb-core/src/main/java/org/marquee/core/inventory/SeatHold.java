package org.marquee.core.inventory;

import java.time.Instant;

/** A seat held for an order until the given moment (or, after a release, released at it). */
public record SeatHold(long orderId, long sessionId, long seatId, Instant heldUntil) {}
