package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionPlace;
import org.marquee.core.identity.UserAccounts;
import org.marquee.core.notify.Outbox;

/**
 * The order's text messages, queued in the caller's transaction: the confirmation when the order
 * is paid, and the reminder the day before its session ({@link SessionReminders}). Only to buyers
 * with an account that holds a mobile number and has not turned the order texts off; the checkout
 * asks guests for no number. One text per order and kind (the outbox's dedupe key).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderTexts {

    static final String CONFIRMATION = "order-placed";
    static final String REMINDER = "session-reminder";

    @EJB
    private UserAccounts accounts;

    @EJB
    private OrderLinks links;

    @EJB
    private Outbox outbox;

    static String confirmationKey(long orderId) {
        return "order-placed-sms:" + orderId;
    }

    static String reminderKey(long orderId) {
        return "session-reminder-sms:" + orderId;
    }

    /** The confirmation of a paid order; false when the buyer gets no texts. */
    public boolean confirmation(EventSessionOrder order, SessionOffer offer) {
        return send(
                order,
                confirmationKey(order.id()),
                CONFIRMATION,
                offer.eventTitle(),
                offer.venueName(),
                offer.localStart());
    }

    /** The reminder of a paid order's session; false when the buyer gets no texts or had it already. */
    public boolean reminder(EventSessionOrder order, SessionPlace place) {
        return send(
                order, reminderKey(order.id()), REMINDER, place.eventTitle(), place.venueName(), place.localStart());
    }

    private boolean send(
            EventSessionOrder order, String key, String template, String event, String venue, ZonedDateTime start) {
        if (order.buyerId() == null) {
            return false;
        }
        return accounts.orderTextRecipient(order.buyerId())
                .map(to -> {
                    Locale locale = Locale.forLanguageTag(to.language());
                    boolean german = "de".equals(locale.getLanguage());
                    String when = DateTimeFormatter.ofPattern(
                                    german ? "EEE d. MMM, HH:mm z" : "EEE d MMM, HH:mm z", locale)
                            .format(start);
                    Map<String, String> parameters = Map.of(
                            "pnr",
                            order.pnr(),
                            "event",
                            event,
                            "venue",
                            venue,
                            "when",
                            when,
                            "tickets",
                            String.valueOf(order.tickets()),
                            "link",
                            links.page(order.id()));
                    return outbox.enqueueSms(key, to.phone(), template, locale, parameters);
                })
                .orElse(false);
    }
}
