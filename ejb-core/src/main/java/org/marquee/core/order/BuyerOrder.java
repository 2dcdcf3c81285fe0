package org.marquee.core.order;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import org.marquee.core.catalog.SessionPlace;
import org.marquee.core.platform.Money;

/**
 * One order as its buyer sees it, in the list and on its page: its state, the session (in the
 * venue's time zone), what it bought and what it cost. {@code viaLink} when it was opened with the
 * signed link of its email rather than from the account; {@code linkQuery} is that link's query
 * ({@code ?order=..&sig=..}), which the calendar file of a guest's page needs. {@code refunded}
 * is what was paid back so far, null when nothing was.
 */
public record BuyerOrder(
        long id,
        String pnr,
        OrderStatus status,
        SessionPlace session,
        int tickets,
        List<OrderItem> items,
        FixedTotals totals,
        Money refunded,
        Instant paidAt,
        Instant closedAt,
        boolean guestOrder,
        boolean viaLink,
        String linkQuery)
        implements Serializable {

    public BuyerOrder {
        items = List.copyOf(items);
    }

    public ZonedDateTime localStart() {
        return session.localStart();
    }

    public ZonedDateTime localPaid() {
        return paidAt.atZone(session.timeZone());
    }

    public ZonedDateTime localClosed() {
        return closedAt == null ? null : closedAt.atZone(session.timeZone());
    }

    /** The session is over (or under way): the list shows it under past orders. */
    public boolean isPast(Instant now) {
        return !session.endsAt().isAfter(now);
    }

    /** Refunded or cancelled, or the session was cancelled: the tickets no longer admit anyone. */
    public boolean isVoid() {
        return status != OrderStatus.PAID || session.cancelled();
    }
}
