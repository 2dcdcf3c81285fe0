package org.marquee.core.promo;

import java.time.Instant;

/**
 * The live order a code goes on, locked by the caller's transaction: its session, its buyer's
 * account (null for a guest, who is counted by email) and until when it holds (a held use
 * lapses with it).
 */
public record PromoTarget(long orderId, long sessionId, Long buyerId, Instant holdUntil) {}
