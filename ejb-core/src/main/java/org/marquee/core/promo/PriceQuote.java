package org.marquee.core.promo;

import java.io.Serializable;
import java.util.List;
import org.marquee.core.platform.Money;

/**
 * The price of an order's tickets: each line at its unit price, the sum, the code's discount
 * (zero without a code), the platform's service fee on what is left, and what the buyer pays
 * (subtotal - discount + fee), never below zero. All in the session's currency.
 */
public record PriceQuote(List<Line> lines, Money subtotal, Money discount, Money fee, Money total, AppliedPromo promo)
        implements Serializable {

    public PriceQuote {
        lines = List.copyOf(lines);
        if (total.isNegative()) {
            throw new IllegalStateException("A total is never below zero");
        }
    }

    /** One line of the quote; {@code discounted} says whether the code's discount counts it. */
    public record Line(
            long sectionId, Long priceCategoryId, int quantity, Money unitPrice, Money amount, boolean discounted)
            implements Serializable {}
}
