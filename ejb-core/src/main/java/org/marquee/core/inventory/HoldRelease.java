package org.marquee.core.inventory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marquee.core.order.ExpiredOrder;
import org.marquee.core.order.Orders;
import org.marquee.core.platform.SqlValues;
import org.marquee.core.promo.PromoUses;

/**
 * One batch of the sweeper, in a transaction of its own: cancels expired PENDING orders (locked
 * with SKIP LOCKED, so two nodes sweeping at once take disjoint batches) and frees the seats and
 * places they still hold, and gives back the promo code uses they held. A seat another buyer already took from an expired order is not touched.
 */
@Stateless
public class HoldRelease {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<AvailabilityChanged> changes;

    @EJB
    private Orders orders;

    @EJB
    private PromoUses promoUses;

    /** Releases up to {@code limit} expired orders; returns them. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<ExpiredOrder> releaseExpired(int limit) {
        List<ExpiredOrder> expired = orders.cancelExpired(limit);
        if (expired.isEmpty()) {
            return expired;
        }
        promoUses.releaseOrders(expired.stream().map(ExpiredOrder::orderId).toList());
        Map<Long, List<Long>> bySession = new TreeMap<>();
        expired.forEach(o ->
                bySession.computeIfAbsent(o.sessionId(), s -> new ArrayList<>()).add(o.orderId()));
        bySession.forEach((session, orderIds) -> changes.fire(new AvailabilityChanged(
                session,
                release("session_seat", "seat_id", session, orderIds),
                release("session_place", "section_id", session, orderIds))));
        return expired;
    }

    /** Frees the rows of a session's orders in one table; returns the seats or sections freed. */
    private List<Long> release(String table, String key, long session, List<Long> orderIds) {
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
