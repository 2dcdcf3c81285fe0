package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.inventory.InventorySale;
import org.marquee.core.notify.Outbox;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.NotFound;
import org.marquee.core.promo.PromoUses;

/**
 * The sale of an order once its money is taken: in the caller's transaction, the order becomes
 * PAID, its seats and places SOLD, its promo code use final, its history says so and the "order
 * placed" email is queued; then {@link OrderPaid} fires for the areas above. All of it or nothing: an order whose seats another buyer took after
 * its hold ran out, or whose code's last use is gone, is not sold, and the payments pay the money
 * back. Each call locks the order's row first.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderSale {

    /** What a confirmed payment did to its order. */
    public enum Outcome {
        /** PAID now, within its hold. */
        SOLD,
        /** PAID now, after its hold ran out: its seats were still its own. */
        SOLD_LATE,
        /** It was PAID before (by this payment or another one: the caller tells them apart). */
        ALREADY_PAID,
        /** Cancelled, refunded, or its seats or code are gone: the money must go back. */
        CANNOT_SELL
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private InventorySale inventory;

    @EJB
    private PromoUses promoUses;

    @EJB
    private SessionOffers offers;

    @EJB
    private OrderItems items;

    @EJB
    private OrderCheckout checkout;

    @EJB
    private Outbox outbox;

    @EJB
    private AuditTrail audit;

    @EJB
    private OrderLinks links;

    @EJB
    private OrderTexts texts;

    @Inject
    private Event<OrderPaid> paid;

    /** The order, its row locked until the transaction ends (the first lock of every payment step). */
    public EventSessionOrder lock(long orderId) {
        EventSessionOrder order = em.find(EventSessionOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new NotFound("Order", orderId);
        }
        return order;
    }

    /** The order as it is, without a lock (for reading). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public EventSessionOrder find(long orderId) {
        EventSessionOrder order = em.find(EventSessionOrder.class, orderId);
        if (order == null) {
            throw new NotFound("Order", orderId);
        }
        return order;
    }

    /** Sells the order for the money of a confirmed payment: see {@link Outcome}. */
    public Outcome sell(long orderId, String paidWith) {
        EventSessionOrder order = lock(orderId);
        Instant now = clock.instant();
        if (order.status() == OrderStatus.PAID) {
            return Outcome.ALREADY_PAID;
        }
        if (order.status() != OrderStatus.PENDING || order.fixedTotals() == null) {
            return Outcome.CANNOT_SELL;
        }
        if (!stillWhatWasPriced(order)) {
            // Seats, places or the code changed after the payment started: this money is not the price.
            return Outcome.CANNOT_SELL;
        }
        boolean late = order.isExpired(now);
        // Checked before anything changes: the caller's transaction goes on to refund when it cannot sell.
        if (!inventory.lockForSale(order.sessionId(), order.id(), order.tickets())) {
            return Outcome.CANNOT_SELL;
        }
        if (!promoUses.orderPaid(order.id())) {
            return Outcome.CANNOT_SELL;
        }
        inventory.sell(order.sessionId(), order.id());
        order.markPaid(now);
        audit.record(
                AuditAction.UPDATE,
                "Order",
                order.id(),
                "Paid with " + paidWith + (late ? " after the hold ran out" : ""));
        placedMail(order);
        paid.fire(new OrderPaid(order.id(), order.sessionId(), late));
        return late ? Outcome.SOLD_LATE : Outcome.SOLD;
    }

    /** The order holds what was asked for, and it costs what was fixed when the payment started. */
    private boolean stillWhatWasPriced(EventSessionOrder order) {
        if (order.tickets() != order.requestedTickets()) {
            return false;
        }
        OrderTotals now = checkout.currentTotals(order);
        return now.tickets() == order.tickets()
                && now.total().equals(order.fixedTotals().total());
    }

    /** No payment of the order is open any more: the hold sweeper may cancel it once it expired. */
    public void paymentSettled(long orderId) {
        lock(orderId).paymentSettled();
    }

    static String placedMailKey(long orderId) {
        return "order-placed:" + orderId;
    }

    private void placedMail(EventSessionOrder order) {
        if (order.address() == null) {
            return;
        }
        SessionOffer offer = offers.offer(order.sessionId());
        Locale locale = Locale.forLanguageTag(order.language() == null ? "en" : order.language());
        // The signed link opens the order's page to a guest too, without the checkout's cookie.
        Map<String, String> parameters =
                OrderMail.parameters(order, offer, items.of(offer, order.id()), locale, links.page(order.id()));
        parameters.put("calendar", links.calendar(order.id()));
        outbox.enqueueEmail(placedMailKey(order.id()), order.address().email(), OrderMail.PLACED, locale, parameters);
        texts.confirmation(order, offer);
    }
}
