package org.marquee.core.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.marquee.core.order.FixedTotals;
import org.marquee.core.order.OrderItem;
import org.marquee.core.order.OrderStatus;
import org.marquee.core.platform.Money;

/**
 * One order as the admin's order page shows it: the session, the buyer, what was chosen and
 * bought, the totals fixed when the payment started (null before), its payments, the webhook
 * events stored for it, the emails sent about it and its history, newest entry first.
 */
public record AdminOrderView(
        long id,
        String pnr,
        OrderStatus status,
        boolean expired,
        long sessionId,
        String eventTitle,
        String venueName,
        ZoneId timeZone,
        Instant sessionStartsAt,
        String accountEmail,
        Address address,
        String paymentMethod,
        int tickets,
        Instant createdAt,
        Instant expireIfNotCompletedAt,
        Instant paidAt,
        Instant closedAt,
        List<CategoryLine> categories,
        List<OrderItem> items,
        FixedTotals totals,
        List<PaymentLine> payments,
        List<EventLine> events,
        List<EmailLine> emails,
        List<HistoryLine> history)
        implements Serializable {

    public AdminOrderView {
        categories = List.copyOf(categories);
        items = List.copyOf(items);
        payments = List.copyOf(payments);
        events = List.copyOf(events);
        emails = List.copyOf(emails);
        history = List.copyOf(history);
    }

    /** PENDING, EXPIRED (a hold that ran out unpaid, swept or not), PAID, CANCELLED or REFUNDED. */
    public String state() {
        return expired ? OrderFilter.EXPIRED : status.name();
    }

    public boolean guest() {
        return accountEmail == null;
    }

    public ZonedDateTime localSessionStart() {
        return sessionStartsAt.atZone(timeZone);
    }

    /** The buyer's name, email and address as typed at the checkout's address step. */
    public record Address(String name, String email, String line, String postalCode, String city, String country)
            implements Serializable {}

    /** Tickets of a price category the buyer chose at the amount step. */
    public record CategoryLine(String category, int tickets) implements Serializable {}

    public record PaymentLine(
            long id,
            String provider,
            String paymentRef,
            String captureRef,
            Money amount,
            String status,
            String attention,
            String note,
            Instant createdAt,
            Instant settledAt,
            String refundRef)
            implements Serializable {}

    public record EventLine(String provider, String eventId, String type, Instant receivedAt, String outcome)
            implements Serializable {}

    public record EmailLine(
            String dedupeKey, String recipient, String subject, String status, Instant createdAt, Instant sentAt)
            implements Serializable {}

    public record HistoryLine(Instant at, String actor, String action, String summary) implements Serializable {}
}
