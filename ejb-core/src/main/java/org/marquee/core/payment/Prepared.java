package org.marquee.core.payment;

/**
 * A payment ready to be asked of its provider (the row exists, the order's totals are final and
 * its hold extended), or, for an order with nothing to pay, the order already PAID ({@code free}).
 */
public record Prepared(long orderId, Long paymentId, Provider provider, Charge charge, boolean free) {

    static Prepared free(long orderId) {
        return new Prepared(orderId, null, null, null, true);
    }
}
