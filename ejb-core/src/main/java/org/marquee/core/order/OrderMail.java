package org.marquee.core.order;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.platform.Money;

/**
 * The parameters of the order emails (templates {@code order-placed}, English and German): the
 * PNR, the session in the venue's time zone, what was bought and the totals, formatted in the
 * email's language. Tickets and the invoice are attached to the same message by their areas.
 */
final class OrderMail {

    static final String PLACED = "order-placed";

    private OrderMail() {}

    static Map<String, String> parameters(
            EventSessionOrder order, SessionOffer offer, List<OrderItem> items, Locale locale, String link) {
        boolean german = "de".equals(locale.getLanguage());
        FixedTotals totals = order.fixedTotals();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", order.address() == null ? "" : order.address().name());
        values.put("pnr", order.pnr());
        values.put("event", offer.eventTitle());
        values.put("venue", offer.venueName());
        values.put(
                "when",
                DateTimeFormatter.ofPattern(german ? "EEE d. MMM yyyy, HH:mm z" : "EEE d MMM yyyy, HH:mm z", locale)
                        .format(offer.localStart()));
        values.put("items", items.stream().map(i -> i.describe(german)).collect(Collectors.joining("\n")));
        values.put("tickets", String.valueOf(order.tickets()));
        values.put("subtotal", money(totals.subtotal(), locale));
        values.put("discount", (totals.discount().minor() == 0 ? "" : "−") + money(totals.discount(), locale));
        values.put("fee", money(totals.fee(), locale));
        values.put("total", money(totals.total(), locale));
        values.put("link", link);
        return values;
    }

    static String money(Money money, Locale locale) {
        return money.format(locale);
    }
}
