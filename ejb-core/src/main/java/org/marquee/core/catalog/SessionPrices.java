package org.marquee.core.catalog;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marquee.core.platform.Money;

/**
 * What a session charges: each section of its venue at the session's price (its own or the
 * section's starting price), and its price categories with their prices per section. Hidden
 * categories are included: whether a buyer may choose one is the promo codes' business.
 */
public record SessionPrices(
        long sessionId, long eventId, String currency, Map<Long, Money> sections, List<CategoryPrices> categories)
        implements Serializable {

    public SessionPrices {
        sections = Map.copyOf(sections);
        categories = List.copyOf(categories);
    }

    public Optional<CategoryPrices> category(long id) {
        return categories.stream().filter(c -> c.id() == id).findFirst();
    }

    /** A price category of the session: public or hidden, and its price in the sections where it is sold. */
    public record CategoryPrices(long id, String name, boolean isPublic, Map<Long, Money> prices)
            implements Serializable {

        public CategoryPrices {
            prices = Map.copyOf(prices);
        }
    }
}
