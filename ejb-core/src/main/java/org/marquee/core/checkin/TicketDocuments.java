package org.marquee.core.checkin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.PrivateKey;
import java.util.List;
import java.util.Locale;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.identity.User;
import org.marquee.core.identity.UserAccounts;
import org.marquee.core.order.EventSessionOrder;
import org.marquee.core.order.NotYourOrder;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.OrderSale;
import org.marquee.core.order.OrderStatus;
import org.marquee.core.order.Orders;
import org.marquee.core.team.Scope;

/**
 * The printed tickets of an order: for its buyer (the order's token, or the logged-in account that
 * bought it) and for the order's email. Only VALID tickets of a PAID order are printed; a refunded
 * ticket is not printed again.
 */
@Stateless
public class TicketDocuments {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Orders orders;

    @EJB
    private OrderSale sale;

    @EJB
    private SessionOffers offers;

    @EJB
    private EventKeys keys;

    @EJB
    private Scope scope;

    @EJB
    private UserAccounts accounts;

    /** The PDF for the holder of the order's token. */
    public TicketFile pdf(OrderAccess access) {
        return pdfOf(orders.find(access));
    }

    /** The PDF for the logged-in account that bought the order; anyone else gets NotYourOrder. */
    public TicketFile pdfForAccount(long orderId) {
        return pdfOf(ownOrder(orderId));
    }

    /** The printed tickets for the holder of the order's token (a page listing them, a pass). */
    public List<PrintedTicket> printed(OrderAccess access) {
        return printed(orders.find(access));
    }

    public List<PrintedTicket> printedForAccount(long orderId) {
        return printed(ownOrder(orderId));
    }

    /** The PDF attached to the order's email (no access check: the outbox sends it to the buyer). */
    public TicketFile pdfForMail(long orderId) {
        return pdfOf(sale.find(orderId));
    }

    private EventSessionOrder ownOrder(long orderId) {
        EventSessionOrder order = sale.find(orderId);
        Long caller =
                scope.caller().flatMap(accounts::findByEmail).map(User::id).orElse(null);
        if (caller == null || !caller.equals(order.buyerId())) {
            throw new NotYourOrder(orderId);
        }
        return order;
    }

    private TicketFile pdfOf(EventSessionOrder order) {
        Locale locale = Locale.forLanguageTag(order.language() == null ? "en" : order.language());
        byte[] pdf = TicketPdf.render(printed(order), locale);
        return new TicketFile("tickets-" + order.pnr() + ".pdf", "application/pdf", pdf);
    }

    List<PrintedTicket> printed(EventSessionOrder order) {
        if (order.status() != OrderStatus.PAID) {
            return List.of();
        }
        List<Ticket> tickets = em.createQuery(
                        "select t from Ticket t where t.orderId = :order and t.status = :valid order by t.id",
                        Ticket.class)
                .setParameter("order", order.id())
                .setParameter("valid", TicketStatus.VALID)
                .getResultList();
        if (tickets.isEmpty()) {
            return List.of();
        }
        SessionOffer offer = offers.offer(order.sessionId());
        PrivateKey key = keys.privateKey(tickets.get(0).eventId());
        return tickets.stream()
                .map(t -> new PrintedTicket(
                        t.id(),
                        offer.eventTitle(),
                        offer.localStart(),
                        offer.venueName(),
                        t.sectionName(),
                        t.rowLabel(),
                        t.seatNumber(),
                        t.placeNo(),
                        order.pnr(),
                        t.holderName(),
                        TicketCode.sign(t.id(), t.sessionId(), key)))
                .toList();
    }
}
