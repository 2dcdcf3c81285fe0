package org.marquee.core.payment;

import org.marquee.core.platform.Money;

/**
 * What a provider says of one payment: its status, its amount and currency, the order id we
 * attached to it (null when it carries none) and, once captured, the capture's reference (PayPal's
 * capture id, Stripe's latest charge id), which refunds need.
 */
public record ProviderState(String paymentRef, Status status, Money amount, Long orderId, String captureRef) {

    public enum Status {
        /** Created; the buyer has not finished (card form, 3-D Secure, PayPal approval). */
        OPEN,
        /** The buyer approved; the money is taken by a capture (PayPal). */
        APPROVED,
        /** The money is taken. */
        SUCCEEDED,
        /** Declined, cancelled or voided: no money moves. */
        FAILED
    }

    public boolean succeeded() {
        return status == Status.SUCCEEDED;
    }
}
