package org.marquee.core.inventory;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.marquee.core.platform.SqlValues;

/**
 * Gives seats and standing places of an order back to the sale: refunded tickets, or every row of
 * an order that was cancelled with its session. Joins the caller's transaction, which locked the
 * order's row first; the change is pushed to every open seat map after the commit ({@link
 * AvailabilityChanged}), like a released hold.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TicketRelease {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<AvailabilityChanged> changes;

    /** The order's tickets one by one (held or sold), seats and places in a stable order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public SoldTickets of(long sessionId, long orderId) {
        @SuppressWarnings("unchecked")
        List<Object> seats = em.createNativeQuery(
                        "select seat_id from session_seat where session_id = ? and order_id = ? order by seat_id")
                .setParameter(1, sessionId)
                .setParameter(2, orderId)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> places = em.createNativeQuery("select section_id, place_no from session_place"
                        + " where session_id = ? and order_id = ? order by section_id, place_no")
                .setParameter(1, sessionId)
                .setParameter(2, orderId)
                .getResultList();
        return new SoldTickets(
                seats.stream().map(SqlValues::number).toList(),
                places.stream()
                        .map(row -> new SoldTickets.Place(SqlValues.number(row[0]), (int) SqlValues.number(row[1])))
                        .toList());
    }

    /** Frees these tickets of the order (those it still has); returns how many were freed. */
    public int release(long sessionId, long orderId, SoldTickets tickets) {
        int freed = 0;
        List<Long> seats = new ArrayList<>();
        for (long seat : tickets.seatIds()) {
            int rows = em.createNativeQuery("update session_seat set order_id = null, held_until = ?"
                            + " where session_id = ? and seat_id = ? and order_id = ?")
                    .setParameter(1, Holds.FREE)
                    .setParameter(2, sessionId)
                    .setParameter(3, seat)
                    .setParameter(4, orderId)
                    .executeUpdate();
            if (rows > 0) {
                seats.add(seat);
            }
            freed += rows;
        }
        List<Long> sections = new ArrayList<>();
        for (SoldTickets.Place place : tickets.places()) {
            int rows = em.createNativeQuery("update session_place set order_id = null, held_until = ?"
                            + " where session_id = ? and section_id = ? and place_no = ? and order_id = ?")
                    .setParameter(1, Holds.FREE)
                    .setParameter(2, sessionId)
                    .setParameter(3, place.sectionId())
                    .setParameter(4, place.placeNo())
                    .setParameter(5, orderId)
                    .executeUpdate();
            if (rows > 0 && !sections.contains(place.sectionId())) {
                sections.add(place.sectionId());
            }
            freed += rows;
        }
        if (freed > 0) {
            changes.fire(new AvailabilityChanged(sessionId, seats, sections));
        }
        return freed;
    }

    /** Frees every seat and place the order holds or bought; returns them. */
    public SoldTickets releaseAll(long sessionId, long orderId) {
        SoldTickets all = of(sessionId, orderId);
        release(sessionId, orderId, all);
        return all;
    }
}
