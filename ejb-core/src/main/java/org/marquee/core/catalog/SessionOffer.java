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
 * per section).
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

    /** A public price category with its price per section id (absent: the section's own price). */
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

    /** The price of one ticket of a category (null: none) in a section. */
    public Money price(long sectionId, Long categoryId) {
        Money own = section(sectionId)
                .map(Section::price)
                .orElseThrow(() -> new IllegalArgumentException("Section " + sectionId + " is not at this venue"));
        if (categoryId == null) {
            return own;
        }
        return categories.stream()
                .filter(c -> c.id() == categoryId)
                .findFirst()
                .map(c -> c.prices().getOrDefault(sectionId, own))
                .orElse(own);
    }
}
