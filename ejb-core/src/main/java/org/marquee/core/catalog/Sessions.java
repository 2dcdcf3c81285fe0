package org.marquee.core.catalog;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Settings;
import org.marquee.core.venue.Section;
import org.marquee.core.venue.Venue;
import org.marquee.core.venue.Venues;

/** Scheduling sessions of events at venues and pricing them. */
@Stateless
public class Sessions {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Events events;

    @EJB
    private Venues venues;

    @EJB
    private Settings settings;

    @EJB
    private AuditTrail audit;

    /**
     * Schedules a session in the platform's default currency, with prices for some of the
     * venue's sections (the others sell at their starting price). A session in the past is refused.
     */
    public EventSession schedule(long eventId, long venueId, SessionTimes times, Map<Long, Money> sectionPrices) {
        if (!times.startsAt().isAfter(clock.instant())) {
            throw new DomainException("catalog.sessionInPast");
        }
        Event event = events.find(eventId);
        Venue venue = venues.find(venueId);
        EventSession session = InvalidInput.check(
                () -> new EventSession(event, venue, times, settings.current().defaultCurrency()));
        sectionPrices.forEach(
                (sectionId, price) -> InvalidInput.check(() -> session.priceSection(section(venue, sectionId), price)));
        em.persist(session);
        em.flush();
        audit.record(
                AuditAction.CREATE,
                "EventSession",
                session.id(),
                event.title() + " at " + venue.name() + ", " + times.startsAt());
        return session;
    }

    public PriceCategory addPriceCategory(
            long sessionId, String name, boolean isPublic, Integer quantityLimit, Map<Long, Money> prices) {
        EventSession session = find(sessionId);
        PriceCategory category = InvalidInput.check(() -> session.addPriceCategory(name, isPublic, quantityLimit));
        prices.forEach((sectionId, price) ->
                InvalidInput.check(() -> category.price(section(session.venue(), sectionId), price)));
        em.flush();
        audit.record(AuditAction.UPDATE, "EventSession", sessionId, "price category " + category.name());
        return category;
    }

    public void cancel(long sessionId) {
        find(sessionId).cancel();
        audit.record(AuditAction.UPDATE, "EventSession", sessionId, "cancelled");
    }

    public EventSession find(long id) {
        return Optional.ofNullable(em.find(EventSession.class, id)).orElseThrow(() -> new NotFound("Session", id));
    }

    public long count() {
        return em.createQuery("select count(s) from EventSession s", Long.class).getSingleResult();
    }

    private static Section section(Venue venue, long sectionId) {
        return venue.sections().stream()
                .filter(section -> section.id() == sectionId)
                .findFirst()
                .orElseThrow(() -> new InvalidInput("Section " + sectionId + " is not at " + venue.name()));
    }
}
