package org.marquee.core.payment;

import java.util.Objects;
import org.marquee.core.platform.Money;

/**
 * What to ask a provider for: the order's exact total in its currency, with the order's id and PNR
 * attached (Stripe metadata {@code order_id}/{@code pnr}; PayPal {@code custom_id} = order id,
 * {@code invoice_id} = PNR), where to send the buyer back, and the key that makes a retried create
 * idempotent.
 */
public record Charge(
        long orderId,
        String pnr,
        Money amount,
        String description,
        String buyerEmail,
        String returnUrl,
        String cancelUrl,
        String idempotencyKey) {

    public Charge {
        Objects.requireNonNull(pnr);
        Objects.requireNonNull(amount);
        Objects.requireNonNull(returnUrl);
        Objects.requireNonNull(idempotencyKey);
        if (amount.minor() <= 0) {
            throw new IllegalArgumentException("A charge is for a positive amount");
        }
    }
}
