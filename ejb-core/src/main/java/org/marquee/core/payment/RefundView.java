package org.marquee.core.payment;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.marquee.core.platform.Money;

/**
 * A paid order's refunds as the admin and venue order pages show them: what was paid, refunded
 * and is left, each ticket with what it cost and whether it can still be refunded, and every
 * refund with its state.
 */
public record RefundView(
        long orderId,
        String pnr,
        String status,
        Money paid,
        Money refunded,
        Money left,
        boolean refundable,
        List<Ticket> tickets,
        List<Line> refunds)
        implements Serializable {

    public RefundView {
        tickets = List.copyOf(tickets);
        refunds = List.copyOf(refunds);
    }

    /** A ticket of the order: its key (the form's value), what it is, its price, and whether it can be refunded now. */
    public record Ticket(String key, String label, Money price, boolean refundable) implements Serializable {}

    public record Line(
            long id,
            Money amount,
            String status,
            String reason,
            boolean wholeOrder,
            int tickets,
            String refundRef,
            String requestedBy,
            Instant createdAt,
            Instant settledAt,
            int attempts,
            String lastError)
            implements Serializable {}
}
