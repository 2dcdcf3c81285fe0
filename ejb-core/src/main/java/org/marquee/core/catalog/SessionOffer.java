package org.marquee.core.catalog;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marquee.core.platform.Money;

/**
 * What a session offers a buyer at the checkout: what and where it is, whether it sells now, its
 * sections with the session's price of each, and its public price categories (none: one price
 * per section), plus the hidden ones an order's promo code unlocks where the checkout adds them.
 */
public record SessionOffer(
        long sessionId,
        String eventTitle,
        String eventSlug,
        String venueName,
        long venueId,
        ZoneId timeZone,
        Instant startsAt,
        SalesState salesState,
        String currency,
        List<Section> sections,
        List<Category> categories)
        implements Serializable {

    public SessionOffer {
        sections = List.copyOf(sections);
        categories = List.copyOf(categories);
    }

    /** A section of the session's venue and the session's own price of it. */
    public record Section(long id, String name, boolean standing, Money price) implements Serializable {}

    /** A price category with its price per section id (absent: not sold in that section). */
    public record Category(long id, String name, Map<Long, Money> prices) implements Serializable {

        public Category {
            prices = Map.copyOf(prices);
        }
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(timeZone);
    }

    public Optional<Section> section(long sectionId) {
        return sections.stream().filter(s -> s.id() == sectionId).findFirst();
    }

    public boolean hasCategories() {
        return !categories.isEmpty();
    }

    /** The same offer with more categories: the hidden ones an order's promo code unlocks. */
    public SessionOffer withCategories(List<Category> more) {
        List<Category> all = new java.util.ArrayList<>(categories);
        all.addAll(more);
        return new SessionOffer(
                sessionId,
                eventTitle,
                eventSlug,
                venueName,
                venueId,
                timeZone,
                startsAt,
                salesState,
                currency,
                sections,
                all);
    }
}
