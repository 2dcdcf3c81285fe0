package org.marquee.core.order;

/**
 * Fired (synchronously, in the transaction that sells the order) once an order became PAID: the
 * areas above the order (tickets, invoices) observe it and do their part in the same transaction,
 * so that a paid order always has them, and a sale that rolls back leaves none. The "order placed"
 * email is queued before it fires under {@link #placedMailKey()}; observers may attach their files
 * to it ({@code Outbox.attach}). Fired once per order: a payment confirmed again finds the order
 * PAID and fires nothing.
 *
 * @param orderId the order sold
 * @param sessionId its session
 * @param late whether it was paid after its hold ran out
 */
public record OrderPaid(long orderId, long sessionId, boolean late) {

    /** The outbox key of the order's "order placed" email (absent for an order without address). */
    public String placedMailKey() {
        return OrderSale.placedMailKey(orderId);
    }
}
