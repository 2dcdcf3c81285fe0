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
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Paging;
import org.marquee.core.platform.SlugTaken;
import org.marquee.core.platform.Slugs;

/** Events: created as drafts, described, published, cancelled; drafts without sessions deleted. */
@Stateless
@PermitAll // reads are public; each change names its role below
public class Events {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Categories categories;

    @EJB
    private Artists artists;

    @EJB
    private AuditTrail audit;

    @RolesAllowed(Role.Names.ADMIN)
    public EventDetails create(
            String title, String requestedSlug, String description, long categoryId, List<Long> artistIds) {
        Category category = categories.find(categoryId);
        List<Artist> billing = artists.byIds(artistIds);
        String slug = Slugs.choose(requestedSlug, title, taken -> bySlug(taken).isPresent());
        Event event = InvalidInput.check(() -> new Event(title, slug, description, category, billing, clock.instant()));
        em.persist(event);
        em.flush();
        audit.record(AuditAction.CREATE, "Event", event.id(), event.title());
        return details(event);
    }

    /**
     * Changes what an event is: title, description, category and artists in billing order. A
     * draft may also get another address name (empty keeps the one it has); a public event keeps
     * its address, which may be linked from anywhere.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void describe(
            long id, String title, String requestedSlug, String description, long categoryId, List<Long> artistIds) {
        Event event = find(id);
        Category category = categories.find(categoryId);
        List<Artist> billing = artists.byIds(artistIds);
        InvalidInput.check(() -> event.describe(title, description, category));
        event.feature(billing);
        if (requestedSlug != null
                && !requestedSlug.isBlank()
                && !requestedSlug.strip().equals(event.slug())) {
            String slug = requestedSlug.strip();
            if (!Slugs.isValid(slug)) {
                throw new InvalidInput("A slug has lower-case letters, digits and single dashes: " + slug);
            }
            if (bySlug(slug).isPresent()) {
                throw new SlugTaken(slug);
            }
            InvalidInput.check(() -> event.changeSlug(slug));
        }
        audit.record(AuditAction.UPDATE, "Event", id, event.title() + " (" + event.slug() + ")");
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void publish(long id) {
        Event event = find(id);
        InvalidInput.check(() -> event.publish(clock.instant()));
        audit.record(AuditAction.UPDATE, "Event", id, "published");
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void cancel(long id) {
        Event event = find(id);
        InvalidInput.check(event::cancel);
        audit.record(AuditAction.UPDATE, "Event", id, "cancelled");
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void highlight(long id, boolean featured) {
        find(id).highlight(featured);
        audit.record(AuditAction.UPDATE, "Event", id, featured ? "featured" : "not featured");
    }

    /**
     * Deletes a draft that has no session. A published or cancelled event has been public and
     * is cancelled instead; a session, even a cancelled one, keeps its event.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public void delete(long id) {
        Event event = find(id);
        if (!event.isDraft()) {
            throw new DomainException("catalog.event.deleteNotDraft", event.title());
        }
        long sessions = sessionsOf(id);
        if (sessions > 0) {
            throw new DomainException("catalog.event.deleteWithSessions", event.title(), sessions);
        }
        em.remove(event);
        audit.record(AuditAction.DELETE, "Event", id, event.title());
    }

    public Event find(long id) {
        return Optional.ofNullable(em.find(Event.class, id)).orElseThrow(() -> new NotFound("Event", id));
    }

    /** An event with its category and artists, for a form that shows them after the transaction. */
    public EventDetails details(long id) {
        return details(find(id));
    }

    private static EventDetails details(Event event) {
        return new EventDetails(
                event.id(),
                event.title(),
                event.slug(),
                event.description(),
                event.category().id(),
                event.status(),
                event.artists().stream().map(ArtistChoice::of).toList());
    }

    public Optional<Event> bySlug(String slug) {
        return em.createQuery("select e from Event e where e.slug = :slug", Event.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public long sessionsOf(long eventId) {
        return em.createQuery("select count(s) from EventSession s where s.event.id = :event", Long.class)
                .setParameter("event", eventId)
                .getSingleResult();
    }

    /**
     * A page of events for the admin panel: filter by title (contains) and by category and
     * status (exact, either may be null for any); sort by title, category, status or creation.
     * Each row's first and next session and session count come from three queries for the page.
     */
    public Page<EventRow> page(PageRequest request, Long categoryId, EventStatus status) {
        Page<Event> page = Paging.page(
                em,
                Event.class,
                request,
                Set.of("title", "slug"),
                Set.of("category.name", "status", "createdAt"),
                "title",
                (cb, event) -> {
                    List<jakarta.persistence.criteria.Predicate> all = new ArrayList<>();
                    if (categoryId != null) {
                        all.add(cb.equal(event.get("category").get("id"), categoryId));
                    }
                    if (status != null) {
                        all.add(cb.equal(event.get("status"), status));
                    }
                    return cb.and(all.toArray(jakarta.persistence.criteria.Predicate[]::new));
                });
        if (page.items().isEmpty()) {
            return new Page<>(List.of(), page.first(), page.size(), page.total());
        }
        List<Long> ids = page.items().stream().map(Event::id).toList();
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select s.event.id, count(s) from EventSession s where s.event.id in :ids group by s.event.id",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .forEach(row -> counts.put((Long) row[0], ((Number) row[1]).longValue()));
        Instant now = clock.instant();
        Map<Long, ZonedDateTime> first = earliest(ids, "", null);
        Map<Long, ZonedDateTime> next = earliest(ids, " and s2.startsAt > :now", now);
        List<EventRow> rows = page.items().stream()
                .map(event -> new EventRow(
                        event.id(),
                        event.title(),
                        event.slug(),
                        event.category().name(),
                        event.status(),
                        counts.getOrDefault(event.id(), 0L),
                        first.get(event.id()),
                        next.get(event.id())))
                .toList();
        return new Page<>(rows, page.first(), page.size(), page.total());
    }

    /** The earliest session of each event meeting the condition, in its venue's zone. */
    private Map<Long, ZonedDateTime> earliest(List<Long> eventIds, String condition, Instant now) {
        var query = em.createQuery(
                        "select s from EventSession s join fetch s.venue v join fetch v.city where s.event.id in :ids"
                                + " and s.startsAt = (select min(s2.startsAt) from EventSession s2"
                                + " where s2.event = s.event" + condition + ")",
                        EventSession.class)
                .setParameter("ids", eventIds);
        if (now != null) {
            query.setParameter("now", now);
        }
        Map<Long, ZonedDateTime> earliest = new HashMap<>();
        query.getResultStream()
                .forEach(s -> earliest.putIfAbsent(s.event().id(), s.startsAt().atZone(s.timeZone())));
        return earliest;
    }

    /** The events with these ids, in the order given; an id that names none is refused. */
    public List<EventLink> links(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<EventLink> found = em.createQuery(
                        "select new org.marquee.core.catalog.EventLink(e.id, e.title, e.slug)"
                                + " from Event e where e.id in :ids",
                        EventLink.class)
                .setParameter("ids", ids)
                .getResultList();
        List<EventLink> ordered = ids.stream()
                .distinct()
                .flatMap(id -> found.stream().filter(link -> link.id() == id))
                .toList();
        if (ordered.size() != ids.stream().distinct().count()) {
            throw new NotFound("Event", ids);
        }
        return ordered;
    }

    /** Those of these events visitors may see, in the order given, in one query. */
    public List<EventLink> publicLinks(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<EventLink> found = em.createQuery(
                        "select new org.marquee.core.catalog.EventLink(e.id, e.title, e.slug) from Event e"
                                + " where e.id in :ids and (e.status = org.marquee.core.catalog.EventStatus.PUBLISHED"
                                + " or (e.status = org.marquee.core.catalog.EventStatus.CANCELLED"
                                + " and e.publishedAt is not null))",
                        EventLink.class)
                .setParameter("ids", ids)
                .getResultList();
        return ids.stream()
                .distinct()
                .flatMap(id -> found.stream().filter(link -> link.id() == id))
                .toList();
    }

    /** Events whose title contains the text, ignoring case, for pickers; at most {@code limit}. */
    public List<EventLink> titled(String text, int limit) {
        String pattern = "%"
                + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT))
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        return em.createQuery(
                        "select new org.marquee.core.catalog.EventLink(e.id, e.title, e.slug) from Event e"
                                + " where lower(e.title) like :q escape '\\' order by e.title, e.id",
                        EventLink.class)
                .setParameter("q", pattern)
                .setMaxResults(Math.max(1, Math.min(limit, 50)))
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
    }
}
