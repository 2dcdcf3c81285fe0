package org.marquee.core.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidField;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Settings;
import org.marquee.core.venue.Section;
import org.marquee.core.venue.Venue;
import org.marquee.core.venue.Venues;

/**
 * Scheduling sessions of events at venues, changing them and pricing them. Every refusal rolls
 * the whole change back; one about a single input is an {@link InvalidField} naming it.
 */
@Stateless
@PermitAll // reads are public; each change names its role below
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

    @Inject
    private jakarta.enterprise.event.Event<SessionPutOnSale> putOnSale;

    /**
     * Schedules a session in its venue's currency ({@link Venue#currency}), with prices for some of the
     * venue's sections (the others sell at their starting price). A session in the past is refused.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public EventSession schedule(long eventId, long venueId, SessionTimes times, Map<Long, Money> sectionPrices) {
        requireFuture(times.startsAt());
        Event event = openEvent(eventId);
        Venue venue = venues.find(venueId);
        EventSession session = InvalidInput.check(() -> new EventSession(
                event, venue, times, venue.currency(settings.current().defaultCurrency())));
        sectionPrices.forEach((sectionId, price) ->
                InvalidInput.check(() -> session.priceSection(section(venue, sectionId, "price:"), price)));
        em.persist(session);
        em.flush();
        audited(AuditAction.CREATE, session);
        return session;
    }

    /** Schedules a session as staff typed it, times in the venue's zone. */
    @RolesAllowed(Role.Names.ADMIN)
    public SessionView schedule(long eventId, SessionDraft draft) {
        Event event = openEvent(eventId);
        Venue venue = venueOf(draft);
        requireFuture(draft.start(venue.timeZone()));
        SessionTimes times = draft.times(venue.timeZone(), clock.instant());
        String currency = venue.currency(settings.current().defaultCurrency());
        Map<Section, Money> prices = sections(venue, draft.prices(currency), "price:");
        EventSession session = InvalidInput.check(() -> new EventSession(event, venue, times, currency));
        session.repriceSections(prices);
        changeStatus(session, draft.getStatus());
        em.persist(session);
        em.flush();
        announceIfPutOnSale(SessionStatus.SCHEDULED, session);
        audited(AuditAction.CREATE, session);
        return view(session);
    }

    /**
     * Changes a session as staff typed it. New times must start in the future; the venue may
     * change only while nothing can have been sold; a cancelled session stays as it is.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void update(long sessionId, SessionDraft draft) {
        EventSession session = find(sessionId);
        if (session.isCancelled()) {
            throw new DomainException("catalog.session.cancelled");
        }
        Venue venue = venueOf(draft);
        Instant start = draft.start(venue.timeZone());
        if (!start.equals(session.startsAt())) {
            requireFuture(start);
        }
        SessionTimes times = draft.times(venue.timeZone(), clock.instant());
        Map<Section, Money> prices = sections(venue, draft.prices(session.currency()), "price:");
        try {
            session.moveTo(venue, clock.instant());
        } catch (IllegalStateException refused) {
            throw new InvalidField("venue", "invalidInput", refused.getMessage());
        }
        SessionStatus before = session.status();
        session.reschedule(times);
        session.repriceSections(prices);
        changeStatus(session, draft.getStatus());
        em.flush();
        announceIfPutOnSale(before, session);
        audited(AuditAction.UPDATE, session);
    }

    /**
     * A session staff moved to ON_SALE gets its inventory in this transaction (the inventory
     * observes the event), whichever way it got there: opening only ever reaches SCHEDULED ones.
     */
    private void announceIfPutOnSale(SessionStatus before, EventSession session) {
        if (before != SessionStatus.ON_SALE && session.status() == SessionStatus.ON_SALE) {
            putOnSale.fire(new SessionPutOnSale(session.id()));
        }
    }

    /** What a session's form holds: its venue, its times in the venue's zone, its status and prices. */
    public SessionDraft draft(long sessionId) {
        EventSession session = find(sessionId);
        ZoneId zone = session.timeZone();
        SessionDraft draft = new SessionDraft();
        draft.setVenueId(session.venue().id());
        draft.setStartsAt(session.startsAt().atZone(zone).toLocalDateTime());
        draft.setEndsAt(session.endsAt().atZone(zone).toLocalDateTime());
        draft.setSalesStart(session.salesStart().atZone(zone).toLocalDateTime());
        draft.setSalesEnd(session.salesEnd().atZone(zone).toLocalDateTime());
        draft.setStatus(session.status());
        session.sectionPrices().forEach((sectionId, minor) -> draft.getSectionPrices()
                .put(sectionId, Money.ofMinor(minor, session.currency()).amount()));
        return draft;
    }

    public SessionView view(long sessionId) {
        return view(find(sessionId));
    }

    private SessionView view(EventSession session) {
        return new SessionView(
                session.id(),
                session.event().id(),
                session.event().title(),
                session.status(),
                session.salesState(clock.instant()),
                session.currency(),
                session.priceCategories().stream().map(PriceCategoryView::of).toList());
    }

    /** A venue's time zone and sections, for the form that prices a session there. */
    public VenueSections sectionsAt(long venueId) {
        Venue venue = venues.find(venueId);
        return new VenueSections(
                venue.id(),
                venue.name(),
                venue.city().name(),
                venue.timeZone(),
                venue.currency(settings.current().defaultCurrency()),
                venue.sections().stream()
                        .map(s -> new PricedSection(s.id(), s.name(), s.kind(), s.capacity(), s.startingPrice()))
                        .toList());
    }

    /** The sessions of an event in time order, with venue and city, in one query. */
    public List<SessionRow> ofEvent(long eventId) {
        Instant now = clock.instant();
        return em.createQuery(
                        "select s from EventSession s join fetch s.venue v join fetch v.city"
                                + " where s.event.id = :event order by s.startsAt, s.id",
                        EventSession.class)
                .setParameter("event", eventId)
                .getResultStream()
                .map(s -> new SessionRow(
                        s.id(),
                        s.venue().name(),
                        s.venue().city().name(),
                        s.timeZone(),
                        s.startsAt(),
                        s.endsAt(),
                        s.status(),
                        s.salesState(now)))
                .toList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public PriceCategory addPriceCategory(
            long sessionId, String name, boolean isPublic, Integer quantityLimit, Map<Long, Money> prices) {
        EventSession session = find(sessionId);
        PriceCategory category = InvalidInput.check(() -> session.addPriceCategory(name, isPublic, quantityLimit));
        prices.forEach((sectionId, price) ->
                InvalidInput.check(() -> category.price(section(session.venue(), sectionId, "categoryPrice:"), price)));
        em.flush();
        audit.record(AuditAction.UPDATE, "EventSession", sessionId, "price category " + category.name());
        return category;
    }

    /** Adds a price category as staff typed it, or changes the one with the given id. */
    @RolesAllowed(Role.Names.ADMIN)
    public void savePriceCategory(long sessionId, Long categoryId, PriceCategoryDraft draft) {
        EventSession session = find(sessionId);
        if (session.isCancelled()) {
            throw new DomainException("catalog.session.cancelled");
        }
        draft.check();
        Map<Section, Money> prices = sections(session.venue(), draft.prices(session.currency()), "categoryPrice:");
        PriceCategory category;
        try {
            if (categoryId == null) {
                category = session.addPriceCategory(draft.getName(), draft.isPublic(), draft.getQuantityLimit());
            } else {
                category = category(session, categoryId);
                session.describePriceCategory(category, draft.getName(), draft.isPublic(), draft.getQuantityLimit());
            }
        } catch (IllegalArgumentException refused) {
            throw new InvalidField("categoryName", "invalidInput", refused.getMessage());
        }
        category.reprice(prices);
        em.flush();
        audit.record(
                AuditAction.UPDATE,
                "EventSession",
                sessionId,
                (categoryId == null ? "added" : "changed") + " price category " + category.name()
                        + (category.isPublic() ? "" : " (hidden)")
                        + category.quantityLimit()
                                .map(limit -> ", at most " + limit)
                                .orElse(""));
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void removePriceCategory(long sessionId, long categoryId) {
        EventSession session = find(sessionId);
        PriceCategory category = category(session, categoryId);
        session.removePriceCategory(category);
        audit.record(AuditAction.UPDATE, "EventSession", sessionId, "removed price category " + category.name());
    }

    @RolesAllowed(Role.Names.ADMIN)
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

    private void requireFuture(Instant start) {
        if (!start.isAfter(clock.instant())) {
            throw new InvalidField("startsAt", "catalog.sessionInPast");
        }
    }

    /** An event that may get sessions: not a cancelled one. */
    private Event openEvent(long eventId) {
        Event event = events.find(eventId);
        if (event.status() == EventStatus.CANCELLED) {
            throw new DomainException("catalog.event.cancelledNoSessions", event.title());
        }
        return event;
    }

    private Venue venueOf(SessionDraft draft) {
        if (draft.getVenueId() == null) {
            throw new InvalidField("venue", "catalog.session.venueRequired");
        }
        return venues.find(draft.getVenueId());
    }

    private static void changeStatus(EventSession session, SessionStatus status) {
        try {
            session.changeStatus(status);
        } catch (IllegalStateException | NullPointerException refused) {
            throw new InvalidField("status", "invalidInput", refused.getMessage());
        }
    }

    private static PriceCategory category(EventSession session, long categoryId) {
        return session.priceCategories().stream()
                .filter(c -> c.id() == categoryId)
                .findFirst()
                .orElseThrow(() -> new NotFound("Price category", categoryId));
    }

    private static Map<Section, Money> sections(Venue venue, Map<Long, Money> prices, String fieldPrefix) {
        Map<Section, Money> bySection = new HashMap<>();
        prices.forEach((sectionId, price) -> bySection.put(section(venue, sectionId, fieldPrefix), price));
        return bySection;
    }

    private static Section section(Venue venue, long sectionId, String fieldPrefix) {
        return venue.sections().stream()
                .filter(section -> section.id() == sectionId)
                .findFirst()
                .orElseThrow(() -> new InvalidField(
                        fieldPrefix + sectionId,
                        "invalidInput",
                        "Section " + sectionId + " is not at " + venue.name()));
    }

    private void audited(AuditAction action, EventSession session) {
        audit.record(action, "EventSession", session.id(), SessionSummary.of(session));
    }
}
