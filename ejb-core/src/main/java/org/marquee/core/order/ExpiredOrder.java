package org.marquee.core.order;

/** An order the sweeper has just cancelled because its hold ran out. */
public record ExpiredOrder(long orderId, long sessionId) {}
