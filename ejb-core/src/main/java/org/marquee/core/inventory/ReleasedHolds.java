package org.marquee.core.inventory;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import org.marquee.core.platform.SqlValues;

/**
 * Frees the seats and places that orders closed without a sale still hold (expired holds the
 * sweeper cancelled), in the caller's transaction, and tells every page of the session. A seat
 * another buyer already took from an expired order is not touched; sold rows never are.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ReleasedHolds {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<AvailabilityChanged> changes;

    /** Frees what the orders of one session hold. */
    public void free(long sessionId, List<Long> orderIds) {
        if (orderIds.isEmpty()) {
            return;
        }
        changes.fire(new AvailabilityChanged(
                sessionId,
                free("session_seat", "seat_id", sessionId, orderIds),
                free("session_place", "section_id", sessionId, orderIds)));
    }

    /** Frees the rows of a session's orders in one table; returns the seats or sections freed. */
    private List<Long> free(String table, String key, long session, List<Long> orderIds) {
        String where = " where session_id = ? and order_id in (" + SqlValues.placeholders(orderIds.size())
                + ") and held_until < ?";
        @SuppressWarnings("unchecked")
        List<Object> freed = bind(
                        em.createNativeQuery("select distinct " + key + " from " + table + where + " order by 1"),
                        1,
                        session,
                        orderIds)
                .getResultList();
        bind(
                        em.createNativeQuery("update " + table + " set order_id = null, held_until = ?" + where)
                                .setParameter(1, Holds.FREE),
                        2,
                        session,
                        orderIds)
                .executeUpdate();
        return freed.stream().map(SqlValues::number).toList();
    }

    private static Query bind(Query query, int first, long session, List<Long> orderIds) {
        query.setParameter(first, session);
        for (int i = 0; i < orderIds.size(); i++) {
            query.setParameter(first + 1 + i, orderIds.get(i));
        }
        return query.setParameter(first + 1 + orderIds.size(), Holds.SOLD);
    }
}
