package org.marquee.core.order;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.inventory.OrderHoldings;
import org.marquee.core.platform.Money;
import org.marquee.core.promo.AppliedPromo;
import org.marquee.core.promo.PriceQuote;
import org.marquee.core.promo.TicketChoice;

/**
 * What an order costs, as the checkout pages show it: its tickets by section and price category,
 * the subtotal, the discount of its promo code (null: none), the platform's service fee and the
 * total. The prices are the
 * promo area's quote ({@code OrderPricing}, the one price computation); this record only decides
 * which held ticket carries which chosen category, and names the lines.
 */
public record OrderTotals(
        List<TicketLine> lines, Money subtotal, Money discount, Money fee, Money total, AppliedPromo promo)
        implements Serializable {

    public OrderTotals {
        lines = List.copyOf(lines);
    }

    /** How many tickets the totals count. */
    public int tickets() {
        return lines.stream().mapToInt(TicketLine::count).sum();
    }

    /** Nothing held yet (or no longer): nothing to pay. */
    public static OrderTotals none(String currency, AppliedPromo promo) {
        Money zero = Money.zero(currency);
        return new OrderTotals(List.of(), zero, zero, zero, zero, promo);
    }

    /**
     * The tickets to price: the categories chosen at the amount step are given to the tickets held
     * section by section, in the session's order of sections and categories, each to a section where
     * the category is sold; a ticket no chosen category fits is at the section's own price. So the
     * same holdings always cost the same.
     */
    public static List<TicketChoice> choices(
            SessionOffer offer, Map<Long, Integer> amounts, List<OrderHoldings.Places> held) {
        List<SessionOffer.Category> categories = new LinkedList<>();
        for (SessionOffer.Category category : offer.categories()) {
            for (int i = 0; i < amounts.getOrDefault(category.id(), 0); i++) {
                categories.add(category);
            }
        }
        Map<List<Long>, Integer> counts = new LinkedHashMap<>();
        for (SessionOffer.Section section : offer.sections()) {
            int count = held.stream()
                    .filter(p -> p.sectionId() == section.id())
                    .mapToInt(OrderHoldings.Places::count)
                    .sum();
            for (int i = 0; i < count; i++) {
                Long categoryId = categories.stream()
                        .filter(c -> c.prices().containsKey(section.id()))
                        .findFirst()
                        .map(c -> {
                            categories.remove(c);
                            return c.id();
                        })
                        .orElse(null);
                List<Long> key = new ArrayList<>();
                key.add(section.id());
                key.add(categoryId);
                counts.merge(key, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new TicketChoice(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .toList();
    }

    /** The quote of an order's tickets with the names of their sections and categories. */
    public static OrderTotals of(SessionOffer offer, PriceQuote quote) {
        List<TicketLine> lines = quote.lines().stream()
                .map(line -> new TicketLine(
                        offer.section(line.sectionId())
                                .map(SessionOffer.Section::name)
                                .orElse(""),
                        line.priceCategoryId() == null
                                ? null
                                : offer.categories().stream()
                                        .filter(c -> c.id() == line.priceCategoryId())
                                        .map(SessionOffer.Category::name)
                                        .findFirst()
                                        .orElse(""),
                        line.quantity(),
                        line.unitPrice(),
                        line.amount()))
                .toList();
        return new OrderTotals(lines, quote.subtotal(), quote.discount(), quote.fee(), quote.total(), quote.promo());
    }
}
