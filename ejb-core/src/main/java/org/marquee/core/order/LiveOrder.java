package org.marquee.core.order;

import java.time.Instant;

/** A PENDING order that has just been allowed a change: which session, and until when it holds. */
public record LiveOrder(long orderId, long sessionId, Instant holdUntil) {}
