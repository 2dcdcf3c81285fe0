package org.marquee.core.payment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.Locale;
import java.util.Map;
import org.marquee.core.notify.Outbox;
import org.marquee.core.order.EventSessionOrder;

/**
 * The email that tells a buyer their payment was paid back automatically (template {@code
 * payment-refunded}, English and German): once per payment, in the transaction that records the
 * refund.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PaymentMails {

    static final String REFUNDED = "payment-refunded";

    @EJB
    private Outbox outbox;

    public void refunded(Payment payment, EventSessionOrder order) {
        if (order.address() == null) {
            return;
        }
        Locale locale = Locale.forLanguageTag(order.language() == null ? "en" : order.language());
        boolean german = "de".equals(locale.getLanguage());
        outbox.enqueueEmail(
                "payment-refunded:" + payment.id(),
                order.address().email(),
                REFUNDED,
                locale,
                Map.of(
                        "name", order.address().name(),
                        "pnr", order.pnr(),
                        "amount", payment.amount().format(locale),
                        "reason", reason(payment, german)));
    }

    private static String reason(Payment payment, boolean german) {
        if (payment.attention() == Attention.MISMATCH) {
            return german
                    ? "Der Betrag Ihrer Zahlung passte nicht zu Ihrer Bestellung."
                    : "The amount of your payment did not match your order.";
        }
        return german
                ? "Ihre Zahlung kam erst an, nachdem Ihre Reservierung abgelaufen war, und Ihre Plätze waren inzwischen vergeben (oder die Bestellung war bereits bezahlt)."
                : "Your payment arrived after your hold ran out, and your seats had gone to other buyers meanwhile (or the order was paid already).";
    }
}
