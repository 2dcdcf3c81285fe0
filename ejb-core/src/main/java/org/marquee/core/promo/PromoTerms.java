package org.marquee.core.promo;

import java.time.Instant;
import java.util.Objects;

/**
 * What a code gives and to whom: its discount, validity window (from inclusive, until exclusive,
 * either end open), limits (in total and per buyer, either unlimited) and scope (the whole
 * event, one session, or one price category of one session). The constructor decides what is valid.
 */
public record PromoTerms(
        Discount discount,
        Instant validFrom,
        Instant validUntil,
        Integer maxUses,
        Integer maxUsesPerBuyer,
        Long sessionId,
        Long priceCategoryId) {

    public PromoTerms {
        Objects.requireNonNull(discount, "A code has a discount");
        if (validFrom != null && validUntil != null && !validFrom.isBefore(validUntil)) {
            throw new IllegalArgumentException("A code's validity ends after it starts");
        }
        if (maxUses != null && maxUses < 1) {
            throw new IllegalArgumentException("A limit of uses is 1 or more");
        }
        if (maxUsesPerBuyer != null && maxUsesPerBuyer < 1) {
            throw new IllegalArgumentException("A limit of uses per buyer is 1 or more");
        }
        if (maxUses != null && maxUsesPerBuyer != null && maxUsesPerBuyer > maxUses) {
            throw new IllegalArgumentException("A buyer cannot use a code more often than it can be used at all");
        }
        if (priceCategoryId != null && sessionId == null) {
            throw new IllegalArgumentException("A price category belongs to a session");
        }
        if (discount.kind() == DiscountKind.PERCENT && discount.value() == 0 && priceCategoryId == null) {
            throw new IllegalArgumentException("A code without a discount only makes sense to unlock a price category");
        }
    }
}
