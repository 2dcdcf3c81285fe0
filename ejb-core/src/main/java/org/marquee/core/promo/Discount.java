package org.marquee.core.promo;

import java.io.Serializable;
import java.util.Objects;
import org.marquee.core.platform.Money;

/**
 * What a code takes off: {@code value} percent (0 to 100; 0 for a code that only unlocks a hidden
 * category) or {@code value} minor units of {@code currency}, once per order. Never more than
 * what it applies to, so a price never goes below zero.
 */
public record Discount(DiscountKind kind, long value, String currency) implements Serializable {

    public Discount {
        Objects.requireNonNull(kind, "A discount has a kind");
        currency = Money.zero(currency).currency();
        if (kind == DiscountKind.PERCENT && (value < 0 || value > 100)) {
            throw new IllegalArgumentException("A percentage is between 0 and 100");
        }
        if (kind == DiscountKind.FIXED && value <= 0) {
            throw new IllegalArgumentException("A fixed discount is more than zero");
        }
    }

    public static Discount percent(long percent, String currency) {
        return new Discount(DiscountKind.PERCENT, percent, currency);
    }

    public static Discount fixed(Money amount) {
        return new Discount(DiscountKind.FIXED, amount.minor(), amount.currency());
    }

    /**
     * The amount taken off {@code eligible}: a percentage rounded down to the minor unit (the
     * buyer is never given more than the stated percentage), a fixed amount at most {@code eligible}.
     */
    public Money off(Money eligible) {
        if (eligible.isNegative()) {
            throw new IllegalArgumentException("A discount applies to a positive amount");
        }
        if (kind == DiscountKind.PERCENT) {
            return Money.ofMinor(Math.multiplyExact(eligible.minor(), value) / 100, eligible.currency());
        }
        Money fixed = Money.ofMinor(value, currency);
        return fixed.compareTo(eligible) <= 0 ? fixed : eligible;
    }

    /** "15%" or "5.00 EUR", for lists and answers. */
    public String describe() {
        return kind == DiscountKind.PERCENT
                ? value + "%"
                : Money.ofMinor(value, currency).toString();
    }
}
