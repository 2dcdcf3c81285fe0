package org.marquee.core.inventory;

import java.time.Instant;

/** Standing places of one section just held for (or released from) an order. */
public record PlaceHold(long orderId, long sessionId, long sectionId, int count, Instant heldUntil) {}
