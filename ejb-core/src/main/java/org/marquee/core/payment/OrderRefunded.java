package org.marquee.core.payment;

/**
 * Fired (synchronously, in the transaction that records it) when the provider paid money of an
 * order back: the invoices observe it and issue the credit note, attaching it to the refund's
 * email ({@link #mailKey()}), which is queued before it fires.
 *
 * @param refundId the refund
 * @param orderId its order
 * @param mailKey the outbox key of the email that tells the buyer, or null when none is sent
 */
public record OrderRefunded(long refundId, long orderId, String mailKey) {}
