package org.marquee.core.payment;

/**
 * Where a refund is: REQUESTED from the moment it is decided until the provider confirms it
 * (asked again with the same idempotency key after a failure, with back-off), then SUCCEEDED; or
 * FAILED when the provider refused it as asked (its amount is left to refund again).
 */
public enum RefundStatus {
    REQUESTED,
    SUCCEEDED,
    FAILED
}
