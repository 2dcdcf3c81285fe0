package org.marquee.core.catalog;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.NotFound;

/** A session as the checkout offers it; a session of a draft event does not exist for buyers. */
@Stateless
public class SessionOffers {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public SessionOffer offer(long sessionId) {
        EventSession session = Optional.ofNullable(em.find(EventSession.class, sessionId))
                .filter(s -> !s.event().isDraft())
                .orElseThrow(() -> new NotFound("Session", sessionId));
        var sections = session.venue().sections().stream()
                .map(s -> new SessionOffer.Section(s.id(), s.name(), !s.isSeated(), session.priceOf(s)))
                .toList();
        var categories = session.priceCategories().stream()
                .filter(PriceCategory::isPublic)
                .map(c -> {
                    Map<Long, Money> prices = new HashMap<>();
                    c.prices().forEach((section, minor) -> prices.put(section, Money.ofMinor(minor, c.currency())));
                    return new SessionOffer.Category(c.id(), c.name(), prices);
                })
                .toList();
        return new SessionOffer(
                session.id(),
                session.event().title(),
                session.event().slug(),
                session.venue().name(),
                session.venue().id(),
                session.timeZone(),
                session.startsAt(),
                session.salesState(clock.instant()),
                session.currency(),
                sections,
                categories);
    }

    /** Where and when a session is, for the pages and messages of its orders (drafts included: an order outlives a change of its event). */
    public SessionPlace place(long sessionId) {
        EventSession session = Optional.ofNullable(em.find(EventSession.class, sessionId))
                .orElseThrow(() -> new NotFound("Session", sessionId));
        return new SessionPlace(
                session.id(),
                session.event().title(),
                session.event().slug(),
                session.venue().name(),
                session.venue().address(),
                session.venue().city() == null ? null : session.venue().city().name(),
                session.timeZone(),
                session.startsAt(),
                session.endsAt(),
                session.isCancelled());
    }

    /** The sessions, not cancelled, that start at {@code from} or later and before {@code to}. */
    public java.util.List<Long> startingBetween(java.time.Instant from, java.time.Instant to) {
        return em.createQuery(
                        "select s.id from EventSession s where s.startsAt >= :from and s.startsAt < :to"
                                + " and s.status <> :cancelled",
                        Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("cancelled", SessionStatus.CANCELLED)
                .getResultList();
    }
}
