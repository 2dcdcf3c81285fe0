package org.marquee.core.order;

/**
 * The steps of the checkout, in order. An order remembers the furthest it reached, so a buyer who
 * leaves and comes back continues there; earlier steps stay open for changes.
 */
public enum CheckoutStep {
    AMOUNT,
    ADDRESS,
    SEATS,
    PAYMENT_METHOD,
    PAYMENT;

    public boolean isAfter(CheckoutStep other) {
        return compareTo(other) > 0;
    }

    public CheckoutStep next() {
        return this == PAYMENT ? PAYMENT : values()[ordinal() + 1];
    }
}
