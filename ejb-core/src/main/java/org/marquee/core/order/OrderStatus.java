package org.marquee.core.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order is. Status moves only forward: PENDING to PAID or CANCELLED; PAID to REFUNDED or
 * (event cancelled, with a refund) CANCELLED. CANCELLED and REFUNDED are final.
 */
public enum OrderStatus {
    PENDING,
    PAID,
    CANCELLED,
    REFUNDED;

    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(PAID, CANCELLED);
            case PAID -> EnumSet.of(REFUNDED, CANCELLED);
            case CANCELLED, REFUNDED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return target != null && next().contains(target);
    }

    /** The target, if this status may move there; otherwise an IllegalStateException naming both. */
    public OrderStatus moveTo(OrderStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalStateException("An order cannot go from " + this + " to " + target);
        }
        return target;
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
