package org.marquee.core.marketing;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.marquee.core.catalog.Events;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.User;
import org.marquee.core.identity.UserAccounts;
import org.marquee.core.media.Image;
import org.marquee.core.media.Images;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Page;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.platform.Paging;
import org.marquee.core.platform.Slugs;
import org.marquee.core.platform.Text;

/**
 * What editors do with posts: write, preview, schedule, publish, withdraw and delete. Each
 * command that saves and changes the status does both in one transaction. Marketing editors only.
 */
@Stateless
@RolesAllowed(Role.Names.MARKETING)
public class BlogPosts {

    private static final String AUDIT_TYPE = "BlogPost";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @EJB
    private BlogCategories categories;

    @EJB
    private Events events;

    @EJB
    private UserAccounts accounts;

    @EJB
    private Images images;

    @EJB
    private AuditTrail audit;

    /** Saves the draft as a new post (id null) or over the post; the status stays as it was. */
    public PostDetails save(Long id, PostDraft draft) {
        return details(store(id, draft));
    }

    private BlogPost store(Long id, PostDraft draft) {
        if (id == null) {
            return create(draft);
        }
        BlogPost post = find(id);
        write(post, draft);
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "edited: " + post.title());
        return post;
    }

    /** Saves the draft and lets visitors see the post from the draft's publish time on. */
    public PostDetails schedule(Long id, PostDraft draft) {
        BlogPost post = store(id, draft);
        Instant at = draft.getPublishAt();
        if (at == null) {
            throw new InvalidInput("A scheduled post needs a publish time");
        }
        InvalidInput.check(() -> post.schedule(at, clock.instant()));
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, post.id(), "scheduled for " + at);
        return details(post);
    }

    /** Saves the draft and lets visitors see the post now. */
    public PostDetails publish(Long id, PostDraft draft) {
        BlogPost post = store(id, draft);
        InvalidInput.check(() -> post.publish(clock.instant()));
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, post.id(), "published");
        return details(post);
    }

    public void withdraw(long id) {
        find(id).withdraw(clock.instant());
        audit.record(AuditAction.UPDATE, AUDIT_TYPE, id, "withdrawn to draft");
    }

    public void delete(long id) {
        BlogPost post = find(id);
        Image cover = post.image();
        em.remove(post);
        images.release(cover);
        audit.record(AuditAction.DELETE, AUDIT_TYPE, id, post.title());
    }

    public BlogPost find(long id) {
        return Optional.ofNullable(em.find(BlogPost.class, id)).orElseThrow(() -> new NotFound("Post", id));
    }

    /** The stored post, its status as visitors experience it now. */
    public PostDetails details(long id) {
        return details(find(id));
    }

    private PostDetails details(BlogPost post) {
        return PostDetails.of(post, clock.instant());
    }

    /** What the post's form holds, as it is stored. */
    public PostDraft draft(long id) {
        return PostDraft.of(find(id));
    }

    /**
     * The post as its public page would show it if the draft were saved, saving nothing: the
     * body goes through the same sanitiser, the events through the same visibility rule.
     */
    public PostView preview(Long id, PostDraft draft) {
        Instant now = clock.instant();
        BlogPost stored = id == null ? null : find(id);
        BlogCategory category = draft.getCategoryId() == null ? null : categories.find(draft.getCategoryId());
        return new PostView(
                Text.optional(draft.getTitle(), Integer.MAX_VALUE),
                stored == null ? draft.getSlug() : stored.slug(),
                Text.optional(draft.getExcerpt(), Integer.MAX_VALUE),
                BlogHtml.sanitize(draft.getBody()),
                stored == null ? callerName() : stored.authorName(),
                draft.getPublishAt() == null ? now : draft.getPublishAt(),
                now,
                Text.optional(draft.getSeoTitle(), Integer.MAX_VALUE),
                Text.optional(draft.getSeoDescription(), Integer.MAX_VALUE),
                category == null ? null : category.name(),
                category == null ? null : category.slug(),
                events.publicLinks(draft.getEventIds()),
                stored == null || stored.image() == null ? null : stored.image().ref());
    }

    /** A page of posts for the panel: filter and sort by title or slug, sort by times and status too. */
    public Page<PostRow> rows(PageRequest request) {
        // Unsorted, the table shows the posts changed last first.
        PageRequest sorted = request.sortField() != null
                ? request
                : new PageRequest(request.first(), request.size(), "updatedAt", false, request.filters());
        Page<BlogPost> page = Paging.page(
                em,
                BlogPost.class,
                sorted,
                Set.of("title", "slug"),
                Set.of("status", "publishAt", "updatedAt", "authorName"),
                "updatedAt");
        Instant now = clock.instant();
        return new Page<>(
                page.items().stream().map(post -> row(post, now)).toList(), page.first(), page.size(), page.total());
    }

    private BlogPost create(PostDraft draft) {
        String slug = Slugs.choose(
                draft.getSlug(), draft.getTitle(), taken -> bySlug(taken).isPresent());
        Principal caller = context.getCallerPrincipal();
        BlogPost post = InvalidInput.check(
                () -> new BlogPost(slug, draft.content(), callerName(), caller.getName(), clock.instant()));
        write(post, draft);
        em.persist(post);
        em.flush();
        audit.record(AuditAction.CREATE, AUDIT_TYPE, post.id(), post.title());
        return post;
    }

    private void write(BlogPost post, PostDraft draft) {
        BlogCategory category = draft.getCategoryId() == null ? null : categories.find(draft.getCategoryId());
        // Refuses ids that name no event, so a crafted request cannot store them.
        events.links(draft.getEventIds());
        InvalidInput.check(() -> post.write(draft.content(), category, draft.getEventIds(), clock.instant()));
    }

    private Optional<BlogPost> bySlug(String slug) {
        return em.createQuery("select p from BlogPost p where p.slug = :slug", BlogPost.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst();
    }

    /** The author shown on a post: the caller's display name. */
    private String callerName() {
        String login = context.getCallerPrincipal().getName();
        return accounts.findByEmail(login).map(User::displayName).orElse(login);
    }

    private static PostRow row(BlogPost post, Instant now) {
        return new PostRow(
                post.id(),
                post.title(),
                post.slug(),
                post.statusAt(now),
                post.publishAt(),
                post.category() == null ? null : post.category().name(),
                post.authorName(),
                post.updatedAt());
    }
}
