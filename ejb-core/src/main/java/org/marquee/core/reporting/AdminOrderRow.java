package org.marquee.core.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.marquee.core.order.OrderState;
import org.marquee.core.platform.Money;

/**
 * An order as the admin's orders table lists it. The buyer is the name and email typed at the
 * address step (null before), and the account's email when a logged-in user started the order
 * (null for a guest); the total is the one fixed when the payment started (null before).
 */
public record AdminOrderRow(
        long id,
        String pnr,
        Instant createdAt,
        String eventTitle,
        ZonedDateTime sessionStart,
        String buyerName,
        String buyerEmail,
        String accountEmail,
        int tickets,
        Money total,
        OrderState orderState)
        implements Serializable {

    /** PENDING, EXPIRED (a hold that ran out unpaid, swept or not), PAID, CANCELLED or REFUNDED. */
    public String state() {
        return orderState.name();
    }

    public boolean guest() {
        return accountEmail == null;
    }
}
