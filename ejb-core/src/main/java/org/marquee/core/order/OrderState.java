package org.marquee.core.order;

/**
 * An order's state as people read it: its {@link OrderStatus}, with EXPIRED told apart from a real
 * cancellation. An order is EXPIRED once its hold ran out unpaid, whether still PENDING (the sweep
 * has not reached it yet) or CANCELLED by the sweep with {@link CancelReason#EXPIRED}.
 */
public enum OrderState {
    PENDING,
    EXPIRED,
    PAID,
    CANCELLED,
    REFUNDED;

    /** Whether an order is past its hold: PENDING and past the expiry is EXPIRED already. */
    public static OrderState of(OrderStatus status, CancelReason reason, boolean pastExpiry) {
        return switch (status) {
            case PENDING -> pastExpiry ? EXPIRED : PENDING;
            case PAID -> PAID;
            case CANCELLED -> reason == CancelReason.EXPIRED ? EXPIRED : CANCELLED;
            case REFUNDED -> REFUNDED;
        };
    }
}
