package org.marquee.core.order;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.inventory.OrderHoldings;
import org.marquee.core.platform.Money;

/**
 * What an order costs: its tickets by section and price category. The categories chosen at the
 * amount step are given to the tickets held section by section, in the session's order of
 * sections and categories, so the same holdings always cost the same.
 */
public record OrderTotals(List<TicketLine> lines, Money total) implements Serializable {

    public OrderTotals {
        lines = List.copyOf(lines);
    }

    public static OrderTotals of(SessionOffer offer, Map<Long, Integer> amounts, List<OrderHoldings.Places> held) {
        Deque<SessionOffer.Category> categories = new ArrayDeque<>();
        for (SessionOffer.Category category : offer.categories()) {
            for (int i = 0; i < amounts.getOrDefault(category.id(), 0); i++) {
                categories.add(category);
            }
        }
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        for (SessionOffer.Section section : offer.sections()) {
            int count = held.stream()
                    .filter(p -> p.sectionId() == section.id())
                    .mapToInt(OrderHoldings.Places::count)
                    .sum();
            for (int i = 0; i < count; i++) {
                SessionOffer.Category category = categories.poll();
                counts.merge(List.of(section, Objects.requireNonNullElse(category, "")), 1, Integer::sum);
            }
        }
        List<TicketLine> lines = new ArrayList<>();
        Money total = Money.zero(offer.currency());
        for (var entry : counts.entrySet()) {
            SessionOffer.Section section = (SessionOffer.Section) entry.getKey().get(0);
            SessionOffer.Category category = entry.getKey().get(1) instanceof SessionOffer.Category c ? c : null;
            Money unit = offer.price(section.id(), category == null ? null : category.id());
            Money amount = unit.times(entry.getValue());
            lines.add(new TicketLine(
                    section.name(), category == null ? null : category.name(), entry.getValue(), unit, amount));
            total = total.plus(amount);
        }
        return new OrderTotals(lines, total);
    }
}
