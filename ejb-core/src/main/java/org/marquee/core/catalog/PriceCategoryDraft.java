package org.marquee.core.catalog;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.marquee.core.platform.InvalidField;
import org.marquee.core.platform.Money;

/**
 * A price category as staff type it: its name, whether it is offered publicly, an optional limit
 * and a price per section (empty: not sold in that section).
 */
public class PriceCategoryDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private boolean isPublic = true;
    private Integer quantityLimit;
    private Map<Long, BigDecimal> prices = new HashMap<>();

    public PriceCategoryDraft() {}

    /** A draft holding what a category has, for its edit form. */
    public PriceCategoryDraft(PriceCategoryView category) {
        this.name = category.name();
        this.isPublic = category.isPublic();
        this.quantityLimit = category.quantityLimit();
        category.prices().forEach((sectionId, price) -> prices.put(sectionId, price.amount()));
    }

    /** Checks the name and limit, refusing with the field each rule is about. */
    void check() {
        if (name == null || name.isBlank()) {
            throw new InvalidField("categoryName", "catalog.priceCategory.nameRequired");
        }
        if (quantityLimit != null && quantityLimit < 1) {
            throw new InvalidField("categoryLimit", "catalog.priceCategory.limit");
        }
    }

    /** The typed prices in the session's currency, by section id; empty inputs are left out. */
    public Map<Long, Money> prices(String currency) {
        return SessionDraft.money(prices, currency, "categoryPrice:");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isPublic() {
        return isPublic;
    }

    public void setPublic(boolean isPublic) {
        this.isPublic = isPublic;
    }

    public Integer getQuantityLimit() {
        return quantityLimit;
    }

    public void setQuantityLimit(Integer quantityLimit) {
        this.quantityLimit = quantityLimit;
    }

    public Map<Long, BigDecimal> getPrices() {
        return prices;
    }
}
