package org.marquee.core.invoice;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.marquee.core.catalog.EventSession;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.notify.Outbox;
import org.marquee.core.order.BuyerAddress;
import org.marquee.core.order.EventSessionOrder;
import org.marquee.core.order.FixedTotals;
import org.marquee.core.order.OrderCheckout;
import org.marquee.core.order.OrderPaid;
import org.marquee.core.order.OrderSale;
import org.marquee.core.order.TicketLine;
import org.marquee.core.payment.OrderRefund;
import org.marquee.core.payment.OrderRefunded;
import org.marquee.core.payment.RefundLedger;
import org.marquee.core.platform.Money;

/**
 * Issues the documents, each in the transaction of what it documents: the invoice when an order
 * becomes PAID ({@link OrderPaid}), a credit note when money of it went back ({@link
 * OrderRefunded}). Each takes the next number of the issuer's year, is rendered once and stored,
 * and is attached (as PDF, made when the email is sent) to the email of that transaction.
 */
@Stateless
public class Invoicing {

    static final String ATTACHMENT_KIND = "invoice";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private OrderSale sale;

    @EJB
    private OrderCheckout checkout;

    @EJB
    private SessionOffers offers;

    @EJB
    private InvoiceNumbers numbers;

    @EJB
    private InvoiceSettings settings;

    @EJB
    private RefundLedger refunds;

    @EJB
    private Outbox outbox;

    public void paid(@Observes OrderPaid paid) {
        EventSessionOrder order = sale.find(paid.orderId());
        if (invoiceOf(order.id()).isPresent()) {
            return;
        }
        Locale locale = locale(order);
        boolean german = "de".equals(locale.getLanguage());
        FixedTotals totals = order.fixedTotals();
        List<InvoiceTemplate.Line> lines = new ArrayList<>();
        for (TicketLine line : checkout.currentTotals(order).lines()) {
            String item = (german ? "Ticket " : "Ticket, ")
                    + line.section()
                    + (line.category() == null ? "" : " (" + line.category() + ")");
            lines.add(new InvoiceTemplate.Line(item, line.count(), line.unitPrice(), line.amount()));
        }
        if (totals.discount().minor() > 0) {
            Money off =
                    Money.ofMinor(-totals.discount().minor(), totals.discount().currency());
            lines.add(new InvoiceTemplate.Line(german ? "Rabatt" : "Discount", 1, null, off));
        }
        if (totals.fee().minor() > 0) {
            lines.add(
                    new InvoiceTemplate.Line(german ? "Servicegebühr" : "Service fee", 1, totals.fee(), totals.fee()));
        }
        int rate = settings.basisPoints(countryOf(order.sessionId()));
        Invoice invoice = issue(InvoiceKind.INVOICE, order, null, null, rate, lines, totals.total(), locale);
        outbox.attach(paid.placedMailKey(), ATTACHMENT_KIND, String.valueOf(invoice.id()));
    }

    public void refunded(@Observes OrderRefunded refunded) {
        OrderRefund refund = refunds.find(refunded.refundId());
        if (refund.amount().minor() == 0 || creditNoteOf(refund.id()).isPresent()) {
            return;
        }
        EventSessionOrder order = sale.find(refund.orderId());
        Locale locale = locale(order);
        boolean german = "de".equals(locale.getLanguage());
        Optional<Invoice> invoice = invoiceOf(order.id());
        int rate = invoice.map(Invoice::vatRateBasisPoints)
                .orElseGet(() -> settings.basisPoints(countryOf(order.sessionId())));
        int tickets = refund.tickets().count();
        String item;
        if (refund.wholeOrder()) {
            item = german ? "Erstattung der Bestellung" : "Refund of the order";
        } else if (tickets > 0) {
            item = german ? "Erstattung von " + tickets + " Ticket(s)" : "Refund of " + tickets + " ticket(s)";
        } else {
            item = german ? "Teilerstattung" : "Partial refund";
        }
        Money credited = Money.ofMinor(-refund.amount().minor(), refund.amount().currency());
        Invoice note = issue(
                InvoiceKind.CREDIT_NOTE,
                order,
                invoice.orElse(null),
                refund.id(),
                rate,
                List.of(new InvoiceTemplate.Line(item, 1, credited, credited)),
                credited,
                locale);
        if (refunded.mailKey() != null) {
            outbox.attach(refunded.mailKey(), ATTACHMENT_KIND, String.valueOf(note.id()));
        }
    }

    private Invoice issue(
            InvoiceKind kind,
            EventSessionOrder order,
            Invoice refersTo,
            Long refundId,
            int rate,
            List<InvoiceTemplate.Line> lines,
            Money total,
            Locale locale) {
        Instant now = clock.instant();
        SessionOffer offer = offers.offer(order.sessionId());
        boolean german = "de".equals(locale.getLanguage());
        InvoiceNumber number =
                numbers.next(InvoiceNumbers.ISSUER, now.atZone(ZoneOffset.UTC).getYear());
        long vat = Long.signum(total.minor()) * InvoiceTemplate.vatOf(Math.abs(total.minor()), rate);
        InvoiceTemplate.Facts facts = new InvoiceTemplate.Facts(
                kind == InvoiceKind.CREDIT_NOTE,
                number.text(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                        .withLocale(locale)
                        .format(now.atZone(offer.timeZone())),
                order.pnr(),
                refersTo == null ? null : refersTo.number(),
                settings.issuer(),
                buyer(order.address()),
                offer.eventTitle(),
                DateTimeFormatter.ofPattern(german ? "EEE d. MMM yyyy, HH:mm z" : "EEE d MMM yyyy, HH:mm z", locale)
                        .format(offer.localStart()),
                offer.venueName(),
                lines,
                Money.ofMinor(total.minor() - vat, total.currency()),
                Money.ofMinor(vat, total.currency()),
                rate,
                total);
        Invoice invoice = new Invoice(
                kind,
                number,
                order.id(),
                refersTo == null ? null : refersTo.id(),
                refundId,
                rate,
                now,
                total,
                InvoiceTemplate.render(facts, locale));
        em.persist(invoice);
        em.flush();
        return invoice;
    }

    private Optional<Invoice> invoiceOf(long orderId) {
        return em.createQuery("select i from Invoice i where i.orderId = :order and i.kind = :kind", Invoice.class)
                .setParameter("order", orderId)
                .setParameter("kind", InvoiceKind.INVOICE)
                .getResultStream()
                .findFirst();
    }

    private Optional<Invoice> creditNoteOf(long refundId) {
        return em.createQuery("select i from Invoice i where i.refundId = :refund", Invoice.class)
                .setParameter("refund", refundId)
                .getResultStream()
                .findFirst();
    }

    private String countryOf(long sessionId) {
        return em.find(EventSession.class, sessionId).venue().city().country().code();
    }

    private static String buyer(BuyerAddress address) {
        if (address == null) {
            return "";
        }
        return address.name() + "\n" + address.line() + "\n" + address.postalCode() + " " + address.city() + "\n"
                + address.country() + "\n" + address.email();
    }

    private static Locale locale(EventSessionOrder order) {
        return Locale.forLanguageTag(order.language() == null ? "en" : order.language());
    }
}
