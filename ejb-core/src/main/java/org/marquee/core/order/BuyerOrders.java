package org.marquee.core.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marquee.core.catalog.SessionOffer;
import org.marquee.core.catalog.SessionOffers;
import org.marquee.core.catalog.SessionPlace;
import org.marquee.core.identity.User;
import org.marquee.core.identity.UserAccounts;
import org.marquee.core.platform.DomainException;

/**
 * The orders of the logged-in buyer (the account area) and one order through its signed link (a
 * guest's email). Only orders that were paid are shown: PAID, and those refunded or cancelled
 * afterwards; a hold that ran out or was given up never was a purchase.
 *
 * <p>A buyer's orders are those placed while logged in, and those placed as a guest with the
 * account's email address once that address is verified. That shows nothing new to anyone: the
 * guest order's email, with its signed link, went to that same mailbox, which the verification
 * proved the account's owner holds. An unverified address matches nothing.
 *
 * <p>Any other order is refused with {@link NotYourOrder}, whether it exists or not.
 */
@Stateless
@PermitAll
public class BuyerOrders {

    /** The newest this many orders; more than a buyer has in years. */
    static final int LIMIT = 200;

    private static final String MINE = "select o from EventSessionOrder o where o.paidAt is not null"
            + " and (o.buyerId = :buyer or (o.buyerId is null and o.address.email = :email))"
            + " order by o.paidAt desc";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @EJB
    private UserAccounts accounts;

    @EJB
    private SessionOffers offers;

    @EJB
    private OrderItems items;

    @EJB
    private OrderLinks links;

    /** The caller's orders, newest purchase first. */
    public List<BuyerOrder> mine() {
        User user = caller();
        Map<Long, SessionPlace> places = new HashMap<>();
        return em.createQuery(MINE, EventSessionOrder.class)
                .setParameter("buyer", user.id())
                .setParameter("email", guestEmail(user))
                .setMaxResults(LIMIT)
                .getResultStream()
                .map(o -> view(o, places.computeIfAbsent(o.sessionId(), offers::place), false))
                .toList();
    }

    /** One order of the caller's; any other id is {@link NotYourOrder}. */
    public BuyerOrder mine(long orderId) {
        User user = caller();
        EventSessionOrder order = Optional.ofNullable(em.find(EventSessionOrder.class, orderId))
                .filter(o -> o.paidAt() != null)
                .filter(o -> isOwn(o, user))
                .orElseThrow(() -> NotYourOrder.toSee(orderId));
        return view(order, offers.place(order.sessionId()), false);
    }

    /** The order a signed link opens; a changed signature or another order's is {@link OrderLinkRefused}. */
    public BuyerOrder viaLink(long orderId, String signature) {
        if (!links.verifies(orderId, signature)) {
            throw new OrderLinkRefused();
        }
        EventSessionOrder order = Optional.ofNullable(em.find(EventSessionOrder.class, orderId))
                .filter(o -> o.paidAt() != null)
                .orElseThrow(OrderLinkRefused::new);
        return view(order, offers.place(order.sessionId()), true);
    }

    /** The calendar file of an order the caller may see: their own, or the signed link's. */
    public String calendar(long orderId, String signature) {
        BuyerOrder order = signature == null ? mine(orderId) : viaLink(orderId, signature);
        List<String> description = new java.util.ArrayList<>();
        description.add("Booking code " + order.pnr());
        order.items().forEach(item -> description.add(item.describe(false)));
        return SessionCalendar.of(
                order.session(),
                order.id(),
                order.pnr(),
                order.isVoid(),
                order.paidAt(),
                description,
                links.page(order.id()));
    }

    private static boolean isOwn(EventSessionOrder order, User user) {
        if (order.buyerId() != null) {
            return order.buyerId().equals(user.id());
        }
        return user.emailVerified()
                && order.address() != null
                && order.address().email().equals(user.email());
    }

    /** The email guest orders must carry to be the caller's: none while the address is unverified. */
    private static String guestEmail(User user) {
        return user.emailVerified() ? user.email() : "-";
    }

    private BuyerOrder view(EventSessionOrder order, SessionPlace place, boolean viaLink) {
        List<OrderItem> bought = items.of(offer(place), order.id());
        return new BuyerOrder(
                order.id(),
                order.pnr(),
                order.status(),
                place,
                order.tickets(),
                bought,
                order.fixedTotals(),
                order.refunded().filter(m -> m.minor() > 0).orElse(null),
                order.paidAt(),
                order.closedAt(),
                order.buyerId() == null,
                viaLink,
                viaLink ? links.query(order.id()) : null);
    }

    /** The section names of the venue, which {@link OrderItems} reads from an offer. */
    private SessionOffer offer(SessionPlace place) {
        return offers.offer(place.sessionId());
    }

    private User caller() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || "anonymous".equals(principal.getName())) {
            throw new DomainException("account.notLoggedIn");
        }
        return accounts.findByEmail(principal.getName())
                .filter(user -> !user.deleted())
                .orElseThrow(() -> new DomainException("account.notLoggedIn"));
    }
}
