package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.marquee.core.inventory.SoldTickets;
import org.marquee.core.inventory.TicketRelease;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.promo.PromoUses;

/**
 * Tickets that stop being the buyer's: refunded one by one or all at once, or cancelled with the
 * session or event. In the caller's transaction, which locked the order's row first ({@link
 * OrderSale#lock}): the order's status and counts change, the seats and places go back on sale
 * (pushed to open seat maps), and {@link TicketsWithdrawn} fires for the tickets area.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderWithdrawal {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private TicketRelease release;

    @EJB
    private PromoUses promoUses;

    @EJB
    private AuditTrail audit;

    @Inject
    private Event<TicketsWithdrawn> withdrawn;

    /** The paid order's tickets, one by one (seats by id, standing places by number). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SoldTickets tickets(EventSessionOrder order) {
        return release.of(order.sessionId(), order.id());
    }

    /**
     * Some tickets of a PAID order were refunded: they go back on sale, the order keeps PAID and
     * counts fewer tickets. The caller checked they are the order's.
     */
    public void refundTickets(EventSessionOrder order, SoldTickets tickets, long refundedMinor) {
        requirePaid(order);
        order.recordRefund(refundedMinor);
        em.flush();
        int freed = release.release(order.sessionId(), order.id(), tickets);
        em.createNativeQuery("update event_session_order set tickets = tickets - ? where id = ?")
                .setParameter(1, freed)
                .setParameter(2, order.id())
                .executeUpdate();
        em.refresh(order);
        audit.record(
                AuditAction.UPDATE, "Order", order.id(), "Refunded " + describe(tickets) + " (" + refundedMinor + ")");
        withdrawn.fire(new TicketsWithdrawn(
                order.id(),
                java.util.Set.copyOf(tickets.seatIds()),
                tickets.places().stream()
                        .map(p -> new TicketsWithdrawn.StandingPlace(p.sectionId(), p.placeNo()))
                        .collect(Collectors.toSet()),
                false,
                TicketsWithdrawn.Reason.REFUNDED));
    }

    /** All of a PAID order was refunded: REFUNDED, every seat and place back on sale. */
    public void refundWhole(EventSessionOrder order, long refundedMinor) {
        requirePaid(order);
        order.recordRefund(refundedMinor);
        order.refund(clock.instant());
        closeAndRelease(order, "Refunded in full (" + refundedMinor + ")", TicketsWithdrawn.Reason.REFUNDED);
    }

    /** Money of an order that is no longer PAID (cancelled with its session) went back. */
    public void recordLateRefund(EventSessionOrder order, long refundedMinor) {
        order.recordRefund(refundedMinor);
    }

    /**
     * The session or event is cancelled: a PAID order becomes CANCELLED (its money goes back by
     * the caller), a PENDING one CANCELLED with its holds and promo code use released. Returns the
     * status the order had, or null when it was closed already (nothing changed).
     */
    public OrderStatus cancelWithSession(EventSessionOrder order) {
        OrderStatus was = order.status();
        if (was != OrderStatus.PAID && was != OrderStatus.PENDING) {
            return null;
        }
        order.cancel(CancelReason.EVENT_CANCELLED, clock.instant());
        if (was == OrderStatus.PENDING) {
            promoUses.releaseOrders(List.of(order.id()));
            em.flush();
            release.releaseAll(order.sessionId(), order.id());
            em.createNativeQuery("update event_session_order set tickets = 0 where id = ?")
                    .setParameter(1, order.id())
                    .executeUpdate();
            em.refresh(order);
            audit.record(AuditAction.UPDATE, "Order", order.id(), "Cancelled with its session");
            return was;
        }
        closeAndRelease(order, "Cancelled with its session", TicketsWithdrawn.Reason.CANCELLED);
        return was;
    }

    private void closeAndRelease(EventSessionOrder order, String summary, TicketsWithdrawn.Reason reason) {
        em.flush();
        release.releaseAll(order.sessionId(), order.id());
        em.createNativeQuery("update event_session_order set tickets = 0 where id = ?")
                .setParameter(1, order.id())
                .executeUpdate();
        em.refresh(order);
        audit.record(AuditAction.UPDATE, "Order", order.id(), summary);
        withdrawn.fire(TicketsWithdrawn.all(order.id(), reason));
    }

    private static void requirePaid(EventSessionOrder order) {
        if (order.status() != OrderStatus.PAID) {
            throw new OrderClosed(order.pnr(), order.status());
        }
    }

    private static String describe(SoldTickets tickets) {
        return tickets.count() + (tickets.count() == 1 ? " ticket" : " tickets");
    }
}
