package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.InventorySale;
import org.marquee.core.inventory.OrderHoldings;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Settings;
import org.marquee.core.promo.AppliedPromo;
import org.marquee.core.promo.PromoUses;
import org.marquee.core.promo.TicketChoice;

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

    @EJB
    private OrderPricing pricing;

    @EJB
    private PromoUses promoUses;

    @Inject
    private Event<NewsletterTicked> newsletterTicked;

    @EJB
    private InventorySale inventorySale;

    @EJB
    private OrderItems items;

    @EJB
    private Settings settings;

    /** The order for its buyer (closed and expired ones too, so the page can say so). */
    public CheckoutView view(OrderAccess access) {
        EventSessionOrder order = load(access);
        if (!order.belongsTo(access)) {
            throw new NotYourOrder(access.orderId());
        }
        boolean expired = order.isExpired(clock.instant());
        SessionOffer offer = offer(access, order);
        // A paid order's sold seats and places still name it.
        boolean holds = (order.status() == OrderStatus.PENDING && !expired) || order.status() == OrderStatus.PAID;
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
                totals(access, order, offer, bySection),
                holds ? items.of(offer, order.id()) : List.of(),
                order.fixedTotals());
    }

    /**
     * What the order holds costs now (its code and the service fee included), for the sale to
     * compare with the totals fixed when the payment started: seats or a code changed since then
     * make them differ.
     */
    public OrderTotals currentTotals(EventSessionOrder order) {
        OrderAccess access = order.ownAccess();
        return totals(
                access, order, offer(access, order), availability.ticketsBySection(order.sessionId(), order.id()));
    }

    /** The session's public categories and the hidden one the order's promo code unlocks. */
    private SessionOffer offer(OrderAccess access, EventSessionOrder order) {
        SessionOffer offer = offers.offer(order.sessionId());
        return offer.withCategories(pricing.offered(access).categories().stream()
                .filter(c -> !c.isPublic())
                .map(c -> new SessionOffer.Category(c.id(), c.name(), c.prices()))
                .toList());
    }

    /** What the held tickets cost with the order's code: priced by OrderPricing, the one price computation. */
    private OrderTotals totals(
            OrderAccess access, EventSessionOrder order, SessionOffer offer, List<OrderHoldings.Places> held) {
        List<TicketChoice> choices = OrderTotals.choices(offer, order.amounts(), held);
        if (choices.isEmpty()) {
            AppliedPromo promo = promoUses.applied(order.id()).orElse(null);
            return OrderTotals.none(offer.currency(), promo);
        }
        return OrderTotals.of(offer, pricing.quote(access, choices));
    }

    /**
     * How many tickets: a total, or a count per price category the order may choose (the public
     * ones and the hidden one its promo code unlocks; then the total is their sum); never more than
     * the order's limit.
     */
    public void chooseAmount(OrderAccess access, int total, Map<Long, Integer> perCategory) {
        EventSessionOrder order = changeable(access);
        SessionOffer offer = offer(access, order);
        perCategory.keySet().forEach(category -> {
            if (offer.categories().stream().noneMatch(c -> c.id() == category)) {
                throw new InvalidInput("Price category " + category + " is not offered for this session");
            }
        });
        InvalidInput.check(() -> order.chooseAmount(total, perCategory));
    }

    /**
     * Name, email and address, and the newsletter box: ticked (and not ticked before for this
     * order), the email is signed up in this transaction with source CHECKOUT, which sends the
     * confirmation mail of the double opt-in in the page's language; unticked sends nothing.
     */
    public void giveAddress(OrderAccess access, AddressForm form) {
        EventSessionOrder order = changeable(access);
        BuyerAddress address = InvalidInput.check(() -> new BuyerAddress(
                form.name(), form.email(), form.line(), form.postalCode(), form.city(), form.country()));
        boolean newlyTicked = form.newsletter() && !order.newsletterOptIn();
        order.giveAddress(address, form.newsletter());
        if (newlyTicked) {
            newsletterTicked.fire(new NewsletterTicked(address.email(), form.language()));
        }
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

    /**
     * The buyer starts to pay: the totals of what the order holds become final (service fee
     * included), and its seats, places and promo code are held {@code paymentHold} longer (bounded,
     * see {@link EventSessionOrder#startPayment}). {@code language} is the page's, for the order's
     * emails. Starting again (another method, a reload) fixes the totals anew and extends no further.
     */
    public PaymentStart startPayment(OrderAccess access, String language, Duration paymentHold) {
        EventSessionOrder order = changeable(access);
        SessionOffer offer = offer(access, order);
        OrderTotals totals = totals(access, order, offer, availability.ticketsBySection(order.sessionId(), order.id()));
        Instant now = clock.instant();
        boolean charge = order.startPayment(
                totals, language, now, Duration.ofMinutes(settings.current().holdMinutes()), paymentHold);
        inventorySale.extendHold(order.sessionId(), order.id(), order.expireIfNotCompletedAt(), now);
        promoUses.extendHold(order.id(), order.expireIfNotCompletedAt());
        return new PaymentStart(
                order.id(),
                order.pnr(),
                order.paymentMethod(),
                order.total().orElseThrow(),
                offer.eventTitle() + ", " + offer.venueName(),
                order.address().email(),
                order.expireIfNotCompletedAt(),
                charge);
    }

    /**
     * What the address step asks for; the newsletter box is unticked unless the buyer ticks it.
     * {@code language} is the page's, for the newsletter's confirmation mail.
     */
    public record AddressForm(
            String name,
            String email,
            String line,
            String postalCode,
            String city,
            String country,
            boolean newsletter,
            String language) {}

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
