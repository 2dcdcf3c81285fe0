package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.Optional;
import org.marquee.core.promo.AppliedPromo;
import org.marquee.core.promo.PromoTarget;
import org.marquee.core.promo.PromoUses;

/**
 * A promo code on a buyer's live order: the buyer's access is checked and the order locked here,
 * then {@code promo} counts the use ({@link PromoUses}), in one transaction.
 */
@Stateless
public class OrderPromos {

    @EJB
    private Orders orders;

    @EJB
    private PromoUses uses;

    /**
     * Applies a code to a live order of its buyer, replacing the code it had. A guest gives an
     * email when the code is limited per buyer. Applying the code the order has already changes
     * nothing.
     */
    public AppliedPromo apply(OrderAccess access, String typedCode, String guestEmail) {
        LockedOrder order = orders.lockLive(access);
        return uses.apply(
                new PromoTarget(order.orderId(), order.sessionId(), order.buyerId(), order.holdUntil()),
                typedCode,
                guestEmail);
    }

    /** Takes the code off a live order of its buyer; its use is given back at once. */
    public void remove(OrderAccess access) {
        uses.remove(orders.lockLive(access).orderId());
    }

    /** The code an order of its buyer carries, if any (held or final). */
    public Optional<AppliedPromo> applied(OrderAccess access) {
        return uses.applied(orders.find(access).id());
    }
}
