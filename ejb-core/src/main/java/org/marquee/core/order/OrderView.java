package org.marquee.core.order;

import java.time.Instant;
import org.marquee.core.inventory.OrderHoldings;

/**
 * An order as its buyer sees it: where it is, until when it holds, and what it holds. An order
 * past its expiry is {@code expired} (and holds nothing) even before the sweeper cancelled it.
 */
public record OrderView(
        long orderId,
        String pnr,
        long sessionId,
        OrderStatus status,
        boolean expired,
        Instant expireIfNotCompletedAt,
        int maxTickets,
        OrderHoldings holdings) {}
