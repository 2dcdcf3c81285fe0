package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.OrderHoldings;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;

/**
 * The buyer's steps through one order: amount, address, seats or section, payment method,
 * payment. Each step is refused to anyone but the order's buyer, after the order closed or
 * expired, and before the steps ahead of it; a refused step changes nothing.
 */
@Stateless
public class OrderCheckout {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private SessionOffers offers;

    @EJB
    private Availability availability;

    /** The order for its buyer (closed and expired ones too, so the page can say so). */
    public CheckoutView view(OrderAccess access) {
        EventSessionOrder order = load(access);
        if (!order.belongsTo(access)) {
            throw new NotYourOrder(access.orderId());
        }
        boolean expired = order.isExpired(clock.instant());
        SessionOffer offer = offers.offer(order.sessionId());
        boolean holds = order.status() == OrderStatus.PENDING && !expired;
        OrderHoldings holdings =
                holds ? availability.heldBy(order.sessionId(), order.id()) : new OrderHoldings(List.of(), List.of());
        List<OrderHoldings.Places> bySection =
                holds ? availability.ticketsBySection(order.sessionId(), order.id()) : List.of();
        return new CheckoutView(
                order.id(),
                order.pnr(),
                order.status(),
                expired,
                order.expireIfNotCompletedAt(),
                order.maxTickets(),
                order.checkoutStep(),
                order.requestedTickets(),
                order.amounts(),
                order.address(),
                order.newsletterOptIn(),
                order.paymentMethod(),
                offer,
                holdings,
                OrderTotals.of(offer, order.amounts(), bySection));
    }

    /**
     * How many tickets: a total, or a count per public price category of the session (then the
     * total is their sum); never more than the order's limit.
     */
    public void chooseAmount(OrderAccess access, int total, Map<Long, Integer> perCategory) {
        EventSessionOrder order = changeable(access);
        SessionOffer offer = offers.offer(order.sessionId());
        perCategory.keySet().forEach(category -> {
            if (offer.categories().stream().noneMatch(c -> c.id() == category)) {
                throw new InvalidInput("Price category " + category + " is not offered for this session");
            }
        });
        InvalidInput.check(() -> order.chooseAmount(total, perCategory));
    }

    public void giveAddress(OrderAccess access, AddressForm form) {
        EventSessionOrder order = changeable(access);
        BuyerAddress address = InvalidInput.check(() -> new BuyerAddress(
                form.name(), form.email(), form.line(), form.postalCode(), form.city(), form.country()));
        order.giveAddress(address, form.newsletter());
    }

    /** Done with seats or places: the order must hold exactly the tickets asked for. */
    public void confirmSeats(OrderAccess access) {
        EventSessionOrder order = changeable(access);
        order.confirmSeats(availability.heldBy(order.sessionId(), order.id()).tickets());
    }

    public void choosePaymentMethod(OrderAccess access, PaymentMethod method) {
        if (method == null) {
            throw new InvalidInput("Choose how you will pay");
        }
        EventSessionOrder order = changeable(access);
        order.choosePaymentMethod(
                method, availability.heldBy(order.sessionId(), order.id()).tickets());
    }

    /** What the address step asks for; the newsletter box is unticked unless the buyer ticks it. */
    public record AddressForm(
            String name,
            String email,
            String line,
            String postalCode,
            String city,
            String country,
            boolean newsletter) {}

    private EventSessionOrder changeable(OrderAccess access) {
        // A step and a claim of the same order never interleave: the claim locks this row too.
        EventSessionOrder order = em.find(EventSessionOrder.class, access.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new NotFound("Order", access.orderId());
        }
        Instant now = clock.instant();
        order.checkChangeableBy(access, now);
        return order;
    }

    private EventSessionOrder load(OrderAccess access) {
        EventSessionOrder order = em.find(EventSessionOrder.class, access.orderId());
        if (order == null) {
            throw new NotFound("Order", access.orderId());
        }
        return order;
    }
}
