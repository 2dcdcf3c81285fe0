package org.marquee.core.catalog;

import java.io.Serializable;
import java.util.Map;
import org.marquee.core.platform.Money;

/** A price category as the session form lists it: prices by section id. */
public record PriceCategoryView(long id, String name, boolean isPublic, Integer quantityLimit, Map<Long, Money> prices)
        implements Serializable {

    public PriceCategoryView {
        prices = Map.copyOf(prices);
    }

    static PriceCategoryView of(PriceCategory category) {
        Map<Long, Money> prices = new java.util.HashMap<>();
        category.prices().forEach((section, minor) -> prices.put(section, Money.ofMinor(minor, category.currency())));
        return new PriceCategoryView(
                category.id(),
                category.name(),
                category.isPublic(),
                category.quantityLimit().orElse(null),
                prices);
    }
}
