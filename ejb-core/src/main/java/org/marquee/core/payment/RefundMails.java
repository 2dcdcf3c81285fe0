package org.marquee.core.payment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.identity.AccountLinks;
import org.marquee.core.notify.Outbox;
import org.marquee.core.order.EventSessionOrder;
import org.marquee.core.platform.Money;

/**
 * The emails of money going back (English and German, the layout of the others): "order
 * refunded" once per refund (template {@code order-refunded}), and "order cancelled" once per
 * order whose session or event was cancelled (template {@code order-cancelled}), sent when its
 * refund is done, or at once for an order that was not paid. Each says the amount and what
 * happens next; the credit note is attached by the invoices.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class RefundMails {

    static final String REFUNDED = "order-refunded";
    static final String CANCELLED = "order-cancelled";

    @EJB
    private Outbox outbox;

    @EJB
    private SessionOffers offers;

    /** The email of a refund the provider made; returns its outbox key, or null when the order has no address. */
    public String refunded(OrderRefund refund, EventSessionOrder order) {
        if (order.address() == null) {
            return null;
        }
        boolean cancelled = refund.reason() == RefundReason.CANCELLED;
        String key = cancelled ? cancelledKey(order.id()) : "order-refunded:" + refund.id();
        Map<String, String> values = values(order, refund.amount());
        values.put("whole", wholeText(refund.wholeOrder() || cancelled, german(order)));
        outbox.enqueueEmail(key, order.address().email(), cancelled ? CANCELLED : REFUNDED, locale(order), values);
        return key;
    }

    /** The "order cancelled" email of an order that was not paid: nothing to pay back. */
    public void cancelledUnpaid(EventSessionOrder order) {
        if (order.address() == null) {
            return;
        }
        Map<String, String> values =
                values(order, Money.zero(order.total().map(Money::currency).orElse("EUR")));
        values.put("whole", german(order) ? "Ihnen wurde nichts berechnet." : "You were not charged anything.");
        outbox.enqueueEmail(cancelledKey(order.id()), order.address().email(), CANCELLED, locale(order), values);
    }

    static String cancelledKey(long orderId) {
        return "order-cancelled:" + orderId;
    }

    private Map<String, String> values(EventSessionOrder order, Money amount) {
        SessionOffer offer = offers.offer(order.sessionId());
        Locale locale = locale(order);
        boolean german = german(order);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", order.address().name());
        values.put("pnr", order.pnr());
        values.put("event", offer.eventTitle());
        values.put("venue", offer.venueName());
        values.put(
                "when",
                DateTimeFormatter.ofPattern(german ? "EEE d. MMM yyyy, HH:mm z" : "EEE d MMM yyyy, HH:mm z", locale)
                        .format(offer.localStart()));
        values.put("amount", money(amount, locale));
        values.put("link", AccountLinks.from(System::getenv).base() + "/checkout/done.xhtml?order=" + order.id());
        return values;
    }

    private static String wholeText(boolean whole, boolean german) {
        if (whole) {
            return german
                    ? "Ihre Tickets für diese Bestellung sind damit ungültig."
                    : "The tickets of this order are no longer valid.";
        }
        return german
                ? "Die erstatteten Tickets sind ungültig; Ihre übrigen Tickets bleiben gültig."
                : "The refunded tickets are no longer valid; your other tickets stay valid.";
    }

    private static Locale locale(EventSessionOrder order) {
        return Locale.forLanguageTag(order.language() == null ? "en" : order.language());
    }

    private static boolean german(EventSessionOrder order) {
        return "de".equals(locale(order).getLanguage());
    }

    static String money(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(money.currency()));
        return format.format(money.amount());
    }
}
