package org.marquee.core.order;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import java.util.Optional;

/** An order found by its booking code, as the door needs it when a code is typed by hand. */
@Stateless
public class OrderLookup {

    /** The order's id, session and status. */
    public record Booking(long orderId, long sessionId, OrderStatus status) {}

    @PersistenceContext
    private EntityManager em;

    public Optional<Booking> byPnr(String pnr) {
        if (pnr == null || pnr.isBlank() || pnr.length() > 20) {
            return Optional.empty();
        }
        return em.createQuery(
                        "select o.id, o.sessionId, o.status from EventSessionOrder o where o.pnr = :pnr",
                        Object[].class)
                .setParameter("pnr", pnr.strip().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .map(row -> new Booking((Long) row[0], (Long) row[1], (OrderStatus) row[2]));
    }

    /** The status of an order, or empty when there is none. */
    public Optional<OrderStatus> status(long orderId) {
        return em.createQuery("select o.status from EventSessionOrder o where o.id = :id", OrderStatus.class)
                .setParameter("id", orderId)
                .getResultStream()
                .findFirst();
    }
}
