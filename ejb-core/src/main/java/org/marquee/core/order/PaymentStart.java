package org.marquee.core.order;

import java.time.Instant;
import org.marquee.core.platform.Money;

/**
 * An order whose buyer started to pay: its final total, how the buyer chose to pay, what the
 * provider shows as the description, the buyer's email, the hold's new end, and whether a provider
 * must take money at all (a total of zero does not).
 */
public record PaymentStart(
        long orderId,
        String pnr,
        PaymentMethod method,
        Money total,
        String description,
        String buyerEmail,
        Instant holdUntil,
        boolean charge) {}
