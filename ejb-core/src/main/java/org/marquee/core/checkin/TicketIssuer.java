package org.marquee.core.checkin;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.marquee.core.catalog.EventSession;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.inventory.SoldItems;
import org.marquee.core.notify.Outbox;
import org.marquee.core.order.EventSessionOrder;
import org.marquee.core.order.OrderPaid;
import org.marquee.core.order.OrderSale;
import org.marquee.core.order.TicketsWithdrawn;

/**
 * Makes the tickets of an order when it is sold and voids them when they are withdrawn, each in
 * the transaction that decided it (the events are fired synchronously there): a PAID order
 * always has its tickets, a sale that rolls back leaves none, and a refunded ticket stops
 * validating the moment the refund commits. Issuing signs nothing, so a sale never fails for
 * want of a ticket key; the codes are signed when a ticket is printed.
 */
@Stateless
public class TicketIssuer {

    private static final Logger LOG = Logger.getLogger(TicketIssuer.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private OrderSale sale;

    @EJB
    private SoldItems sold;

    @EJB
    private SessionOffers offers;

    @EJB
    private Outbox outbox;

    /** One ticket per seat and standing place of the order just paid; the PDF rides on its email. */
    public void issue(@Observes OrderPaid paid) {
        if (!tickets(paid.orderId()).isEmpty()) {
            return;
        }
        EventSessionOrder order = sale.find(paid.orderId());
        SessionOffer offer = offers.offer(paid.sessionId());
        long eventId = em.find(EventSession.class, paid.sessionId()).event().id();
        String holder = order.address() == null ? null : order.address().name();
        Instant now = clock.instant();
        for (SoldItems.Seat seat : sold.seats(paid.sessionId(), paid.orderId())) {
            Ticket.Admission admission = admission(order, eventId, offer, seat.sectionId(), holder);
            em.persist(Ticket.forSeat(admission, seat.seatId(), seat.rowLabel(), seat.number(), now));
        }
        for (SoldItems.Place place : sold.places(paid.sessionId(), paid.orderId())) {
            Ticket.Admission admission = admission(order, eventId, offer, place.sectionId(), holder);
            em.persist(Ticket.forPlace(admission, place.placeNo(), now));
        }
        outbox.attach(paid.placedMailKey(), TicketAttachments.KIND, String.valueOf(paid.orderId()));
    }

    private static Ticket.Admission admission(
            EventSessionOrder order, long eventId, SessionOffer offer, long sectionId, String holder) {
        String section =
                offer.section(sectionId).map(SessionOffer.Section::name).orElse("");
        return new Ticket.Admission(order.id(), order.sessionId(), eventId, sectionId, section, holder);
    }

    /** The withdrawn tickets stop admitting: all of the order's, or those of the seats and places named. */
    public void withdraw(@Observes TicketsWithdrawn withdrawn) {
        TicketStatus reason =
                withdrawn.reason() == TicketsWithdrawn.Reason.REFUNDED ? TicketStatus.REFUNDED : TicketStatus.CANCELLED;
        Instant now = clock.instant();
        int voided = 0;
        for (Ticket ticket : tickets(withdrawn.orderId())) {
            if (withdrawn.wholeOrder() || named(withdrawn, ticket)) {
                voided += ticket.withdraw(reason, now) ? 1 : 0;
            }
        }
        int count = voided;
        LOG.info(() -> count + " ticket(s) of order " + withdrawn.orderId() + " "
                + reason.name().toLowerCase());
    }

    private static boolean named(TicketsWithdrawn withdrawn, Ticket ticket) {
        return ticket.standing()
                ? withdrawn.places().contains(new TicketsWithdrawn.StandingPlace(ticket.sectionId(), ticket.placeNo()))
                : withdrawn.seatIds().contains(ticket.seatId());
    }

    private List<Ticket> tickets(long orderId) {
        return em.createQuery("select t from Ticket t where t.orderId = :order order by t.id", Ticket.class)
                .setParameter("order", orderId)
                .setLockMode(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }
}
