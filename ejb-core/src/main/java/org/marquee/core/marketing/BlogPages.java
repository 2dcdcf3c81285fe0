package org.marquee.core.marketing;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.marquee.core.catalog.EventLink;
import org.marquee.core.catalog.Events;
import org.marquee.core.platform.Page;

/**
 * What the public blog shows: posts whose publish time has come, newest first. Visibility is
 * decided by the query at the moment of reading ({@code publishAt <= now}), so a scheduled post
 * appears on every node at its time with no timer. Each list costs two queries (the page and
 * its total), the posts related to an event one.
 */
@Stateless
public class BlogPages {

    public static final int MAX_PAGE_SIZE = 50;

    private static final String CARD = "select new org.marquee.core.marketing.PostCard("
            + "p.title, p.slug, p.excerpt, p.authorName, p.publishAt, c.name, c.slug, i.id, i.width, i.height)";

    private static final String PUBLIC = " p.status in (org.marquee.core.marketing.PostStatus.SCHEDULED,"
            + " org.marquee.core.marketing.PostStatus.PUBLISHED) and p.publishAt <= :now";

    private static final String NEWEST_FIRST = " order by p.publishAt desc, p.id desc";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Events events;

    public Page<PostCard> latest(int first, int size) {
        return page("", null, first, size);
    }

    public Page<PostCard> inCategory(String categorySlug, int first, int size) {
        return page(" and c.slug = :category", categorySlug, first, size);
    }

    /** The post at this address, if visitors may see it now, with the public events it names. */
    public Optional<PostView> post(String slug) {
        Instant now = clock.instant();
        return em.createQuery("select p from BlogPost p where p.slug = :slug", BlogPost.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .filter(post -> post.isPublicAt(now))
                .map(post -> view(post, events.publicLinks(post.relatedEventIds())));
    }

    /** The newest public posts with their bodies, for the Atom feed. */
    public List<PostView> feed(int size) {
        return em
                .createQuery(
                        "select p from BlogPost p left join fetch p.category left join fetch p.image where" + PUBLIC
                                + NEWEST_FIRST,
                        BlogPost.class)
                .setParameter("now", clock.instant())
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
                .getResultList()
                .stream()
                .map(post -> view(post, List.of()))
                .toList();
    }

    /** The newest public posts that name the event: one query whatever the number of posts. */
    public List<PostCard> relatedTo(long eventId, int size) {
        return em.createQuery(
                        CARD + " from BlogPost p left join p.category c left join p.image i join p.relatedEventIds e"
                                + " where e = :event and" + PUBLIC + NEWEST_FIRST,
                        PostCard.class)
                .setParameter("event", eventId)
                .setParameter("now", clock.instant())
                .setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
                .getResultList();
    }

    private Page<PostCard> page(String condition, String categorySlug, int first, int size) {
        int from = Math.max(0, first);
        int count = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        Instant now = clock.instant();
        TypedQuery<PostCard> cards = em.createQuery(
                        CARD + " from BlogPost p left join p.category c left join p.image i where" + PUBLIC + condition
                                + NEWEST_FIRST,
                        PostCard.class)
                .setParameter("now", now)
                .setFirstResult(from)
                .setMaxResults(count);
        TypedQuery<Long> total = em.createQuery(
                        "select count(p) from BlogPost p left join p.category c where" + PUBLIC + condition, Long.class)
                .setParameter("now", now);
        if (categorySlug != null) {
            cards.setParameter("category", categorySlug);
            total.setParameter("category", categorySlug);
        }
        return new Page<>(cards.getResultList(), from, count, total.getSingleResult());
    }

    private static PostView view(BlogPost post, List<EventLink> related) {
        BlogCategory category = post.category();
        return new PostView(
                post.title(),
                post.slug(),
                post.excerpt(),
                post.body(),
                post.authorName(),
                post.publishAt(),
                post.updatedAt(),
                post.seoTitle(),
                post.seoDescription(),
                category == null ? null : category.name(),
                category == null ? null : category.slug(),
                related,
                post.image() == null ? null : post.image().ref());
    }
}
