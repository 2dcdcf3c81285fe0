package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import org.marquee.core.catalog.SessionPrices;
import org.marquee.core.catalog.SessionPricing;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.Settings;
import org.marquee.core.promo.AppliedPromo;
import org.marquee.core.promo.PriceComputation;
import org.marquee.core.promo.PriceQuote;
import org.marquee.core.promo.PromoUses;
import org.marquee.core.promo.TicketChoice;

/**
 * What amount selection shows and what an order costs: the price categories the buyer may choose
 * (the public ones and the hidden one the order's code unlocks) and the price of the chosen
 * tickets with the order's code and the platform's service fee.
 */
@Stateless
public class OrderPricing {

    @EJB
    private Orders orders;

    @EJB
    private SessionPricing pricing;

    @EJB
    private PromoUses uses;

    @EJB
    private Settings settings;

    /** The price of the chosen tickets for an order of its buyer, with the code it carries. */
    public PriceQuote quote(OrderAccess access, List<TicketChoice> tickets) {
        EventSessionOrder order = orders.find(access);
        SessionPrices prices = pricing.of(order.sessionId());
        AppliedPromo promo = uses.applied(order.id()).orElse(null);
        return InvalidInput.check(() -> PriceComputation.quote(
                prices, tickets, promo, settings.current().serviceFee()));
    }

    /** The session's prices as this order may choose them: hidden categories only when its code unlocks them. */
    public SessionPrices offered(OrderAccess access) {
        EventSessionOrder order = orders.find(access);
        SessionPrices prices = pricing.of(order.sessionId());
        AppliedPromo promo = uses.applied(order.id()).orElse(null);
        return new SessionPrices(
                prices.sessionId(),
                prices.eventId(),
                prices.currency(),
                prices.sections(),
                prices.categories().stream()
                        .filter(c -> c.isPublic() || (promo != null && promo.unlocks(c.id())))
                        .toList());
    }
}
