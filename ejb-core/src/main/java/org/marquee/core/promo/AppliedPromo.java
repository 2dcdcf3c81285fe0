package org.marquee.core.promo;

import java.io.Serializable;

/**
 * The code an order carries: its text, its discount, and the price category it is limited to
 * (null: every ticket of the order). A code limited to a hidden category also unlocks it.
 */
public record AppliedPromo(String code, Discount discount, Long priceCategoryId) implements Serializable {

    /** Whether the discount applies to a ticket of this price category (null: the session's own price). */
    public boolean appliesTo(Long categoryId) {
        return priceCategoryId == null || priceCategoryId.equals(categoryId);
    }

    /** Whether this code lets the buyer choose the given category. */
    public boolean unlocks(long categoryId) {
        return priceCategoryId != null && priceCategoryId == categoryId;
    }
}
