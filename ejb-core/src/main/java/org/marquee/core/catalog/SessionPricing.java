package org.marquee.core.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.NotFound;

/** The prices of a session, for pricing an order (any caller: buyers and guests price their orders). */
@Stateless
public class SessionPricing {

    @PersistenceContext
    private EntityManager em;

    public SessionPrices of(long sessionId) {
        EventSession session = Optional.ofNullable(em.find(EventSession.class, sessionId))
                .orElseThrow(() -> new NotFound("Session", sessionId));
        Map<Long, Money> prices = new HashMap<>();
        session.venue().sections().forEach(section -> prices.put(section.id(), session.priceOf(section)));
        List<SessionPrices.CategoryPrices> categories = session.priceCategories().stream()
                .map(category -> {
                    Map<Long, Money> byCategory = new HashMap<>();
                    category.prices()
                            .forEach((section, minor) ->
                                    byCategory.put(section, Money.ofMinor(minor, session.currency())));
                    return new SessionPrices.CategoryPrices(
                            category.id(), category.name(), category.isPublic(), byCategory);
                })
                .toList();
        return new SessionPrices(session.id(), session.event().id(), session.currency(), prices, categories);
    }
}
