package org.marquee.core.order;

import java.time.Instant;

/**
 * A live order locked for the rest of the caller's transaction: its session, its buyer's account
 * (null for a guest) and until when it holds.
 */
public record LockedOrder(long orderId, long sessionId, Long buyerId, Instant holdUntil) {}
