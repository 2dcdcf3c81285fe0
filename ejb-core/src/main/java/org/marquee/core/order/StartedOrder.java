package org.marquee.core.order;

import java.time.Instant;

/** A new order as its buyer sees it once: the token is not stored and cannot be shown again. */
public record StartedOrder(
        long orderId, long sessionId, String pnr, String token, Instant expireIfNotCompletedAt, int maxTickets) {}
