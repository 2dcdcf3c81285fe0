package org.marquee.core.order;

/**
 * What a buyer presents to act on an order: its id and the token given when it started. The
 * token's hash is computed once here and compared in the database.
 */
public record OrderAccess(long orderId, String tokenHash) {

    public static OrderAccess of(long orderId, String token) {
        return new OrderAccess(orderId, OrderToken.hash(token));
    }

    @Override
    public String toString() {
        return "order " + orderId;
    }
}
