package org.marquee.core.promo;

import java.io.Serializable;

/**
 * What a buyer chose at amount selection: {@code quantity} tickets in a section, at a price
 * category's price, or at the session's own price of the section when {@code priceCategoryId} is null.
 */
public record TicketChoice(long sectionId, Long priceCategoryId, int quantity) implements Serializable {

    public TicketChoice {
        if (quantity < 1 || quantity > 100) {
            throw new IllegalArgumentException("Choose between 1 and 100 tickets per line");
        }
    }
}
