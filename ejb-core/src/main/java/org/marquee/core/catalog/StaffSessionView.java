package org.marquee.core.catalog;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.marquee.core.platform.Money;
import org.marquee.core.venue.SectionKind;

/** One session in the venue and artist panels: what, where, when, its sales and its prices. */
public record StaffSessionView(
        long id,
        String eventTitle,
        String eventSlug,
        EventStatus eventStatus,
        String categoryName,
        List<String> artists,
        String venueName,
        String cityName,
        ZoneId timeZone,
        Instant startsAt,
        Instant endsAt,
        Instant salesStart,
        Instant salesEnd,
        SessionStatus status,
        SalesState salesState,
        List<SectionPrice> prices,
        List<CategoryPrices> categories) {

    public StaffSessionView {
        prices = List.copyOf(prices);
        categories = List.copyOf(categories);
    }

    /** A section of the venue and what this session sells it for. */
    public record SectionPrice(String name, SectionKind kind, int capacity, Money price) {}

    /**
     * A price category of the session (Standard, Reduced, VIP...): public or unlocked by a promo
     * code only, its limit of tickets (null for none), and its price in each section it sells.
     */
    public record CategoryPrices(String name, boolean isPublic, Integer quantityLimit, List<SectionAmount> prices) {

        public CategoryPrices {
            prices = List.copyOf(prices);
        }
    }

    /** A section's price within a category. */
    public record SectionAmount(String section, Money price) {}

    /** The artists in billing order, for a line of text. */
    public String artistList() {
        return String.join(", ", artists);
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(timeZone);
    }

    public ZonedDateTime localEnd() {
        return endsAt.atZone(timeZone);
    }

    public ZonedDateTime localSalesStart() {
        return salesStart.atZone(timeZone);
    }

    public ZonedDateTime localSalesEnd() {
        return salesEnd.atZone(timeZone);
    }
}
