package org.marquee.core.inventory;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.marquee.core.platform.SqlValues;

/**
 * What a paid order does to the inventory: its seats and places are held longer while its buyer
 * pays, and become SOLD when the payment is confirmed. Both join the caller's transaction, which
 * has locked the order's row first (the order, then these rows: the one lock order everywhere).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class InventorySale {

    private static final String[] TABLES = {"session_seat", "session_place"};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<AvailabilityChanged> changes;

    /** Holds the order's seats and places (those it still holds now) until {@code until}. */
    public void extendHold(long sessionId, long orderId, Instant until, Instant now) {
        for (String table : TABLES) {
            em.createNativeQuery("update " + table + " set held_until = ?"
                            + " where session_id = ? and order_id = ? and held_until >= ? and held_until < ?")
                    .setParameter(1, SqlValues.at(until))
                    .setParameter(2, sessionId)
                    .setParameter(3, orderId)
                    .setParameter(4, SqlValues.at(now))
                    .setParameter(5, Holds.SOLD)
                    .executeUpdate();
        }
    }

    /**
     * Locks the rows that still name the order, and answers whether they are the {@code tickets}
     * the order counts. A row another order claimed after this one's hold ran out names that order
     * now, so a late payment whose seats were taken answers false, having changed nothing (the
     * payments then refund it). A claim racing the sale that follows waits for these locks and then
     * finds the row sold.
     */
    public boolean lockForSale(long sessionId, long orderId, int tickets) {
        int rows = lockRows("seat_id", "session_seat", sessionId, orderId).size()
                + lockRows("section_id", "session_place", sessionId, orderId).size();
        return tickets > 0 && rows == tickets;
    }

    /** Sells the order's seats and places, after {@link #lockForSale} said they are all its own. */
    public void sell(long sessionId, long orderId) {
        List<Long> seats = lockRows("seat_id", "session_seat", sessionId, orderId);
        List<Long> places = lockRows("section_id", "session_place", sessionId, orderId);
        for (String table : TABLES) {
            em.createNativeQuery("update " + table + " set held_until = ? where session_id = ? and order_id = ?")
                    .setParameter(1, Holds.SOLD)
                    .setParameter(2, sessionId)
                    .setParameter(3, orderId)
                    .executeUpdate();
        }
        changes.fire(new AvailabilityChanged(
                sessionId, seats, places.stream().distinct().toList()));
    }

    private List<Long> lockRows(String key, String table, long sessionId, long orderId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select " + key + " from " + table
                        + " where session_id = ? and order_id = ? order by " + key + " for update")
                .setParameter(1, sessionId)
                .setParameter(2, orderId)
                .getResultList();
        return rows.stream().map(SqlValues::number).toList();
    }
}
