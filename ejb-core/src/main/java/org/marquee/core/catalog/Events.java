package org.marquee.core.catalog;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Slugs;

/** Events: created as drafts, published, cancelled. */
@Stateless
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

    public Event create(String title, String requestedSlug, String description, long categoryId, List<Long> artistIds) {
        Category category = categories.find(categoryId);
        List<Artist> billing = artists.byIds(artistIds);
        String slug = Slugs.choose(requestedSlug, title, taken -> bySlug(taken).isPresent());
        Event event = InvalidInput.check(() -> new Event(title, slug, description, category, billing, clock.instant()));
        em.persist(event);
        em.flush();
        audit.record(AuditAction.CREATE, "Event", event.id(), event.title());
        return event;
    }

    public void publish(long id) {
        Event event = find(id);
        InvalidInput.check(() -> event.publish(clock.instant()));
        audit.record(AuditAction.UPDATE, "Event", id, "published");
    }

    public void cancel(long id) {
        Event event = find(id);
        event.cancel();
        audit.record(AuditAction.UPDATE, "Event", id, "cancelled");
    }

    public void highlight(long id, boolean featured) {
        find(id).highlight(featured);
        audit.record(AuditAction.UPDATE, "Event", id, featured ? "featured" : "not featured");
    }

    public Event find(long id) {
        return Optional.ofNullable(em.find(Event.class, id)).orElseThrow(() -> new NotFound("Event", id));
    }

    public Optional<Event> bySlug(String slug) {
        return em.createQuery("select e from Event e where e.slug = :slug", Event.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    public long count() {
        return em.createQuery("select count(e) from Event e", Long.class).getSingleResult();
    }
}
