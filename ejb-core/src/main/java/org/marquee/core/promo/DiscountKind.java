package org.marquee.core.promo;

/** How a code lowers a price: by a whole percentage, or by a fixed amount once per order. */
public enum DiscountKind {
    PERCENT,
    FIXED
}
