package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.marquee.core.inventory.ReleasedHolds;
import org.marquee.core.promo.PromoUses;

/**
 * One batch of the sweeper, in a transaction of its own: cancels expired PENDING orders (locked
 * with SKIP LOCKED, so two nodes sweeping at once take disjoint batches), frees the seats and
 * places they still hold ({@link ReleasedHolds}) and gives back the promo code uses they held.
 */
@Stateless
public class HoldRelease {

    @EJB
    private Orders orders;

    @EJB
    private PromoUses promoUses;

    @EJB
    private ReleasedHolds holds;

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
        bySession.forEach(holds::free);
        return expired;
    }
}
