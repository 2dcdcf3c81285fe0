package org.marquee.core.marketing;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.marquee.core.media.Illustrated;
import org.marquee.core.media.Image;
import org.marquee.core.platform.Slugs;
import org.marquee.core.platform.Text;

/**
 * A blog post. Its body is sanitised whenever it is written, so what is stored is safe to show;
 * title, excerpt and SEO texts are plain text. Visitors see it from its publish time on, once it
 * is scheduled or published.
 */
@Entity
@Table(name = "blog_post")
public class BlogPost implements Illustrated {

    public static final int TITLE_LENGTH = 200;
    public static final int EXCERPT_LENGTH = 500;
    public static final int BODY_LENGTH = 200_000;
    public static final int SEO_TITLE_LENGTH = 70;
    public static final int SEO_DESCRIPTION_LENGTH = 160;
    public static final int MAX_RELATED_EVENTS = 20;

    @Id
    @SequenceGenerator(name = "blog_post_seq", sequenceName = "blog_post_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "blog_post_seq")
    private Long id;

    @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(length = EXCERPT_LENGTH)
    private String excerpt;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "author_name", nullable = false, length = 200)
    private String authorName;

    @Column(name = "author_login", nullable = false, length = 320)
    private String authorLogin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PostStatus status;

    @Column(name = "publish_at")
    private Instant publishAt;

    @Column(name = "seo_title", length = SEO_TITLE_LENGTH)
    private String seoTitle;

    @Column(name = "seo_description", length = SEO_DESCRIPTION_LENGTH)
    private String seoDescription;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private BlogCategory category;

    /** The cover picture, or null; set through {@code Images}, which keeps its files. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    private Image image;

    /** Ids of the catalog's events the post is about; the catalog area owns the events. */
    @ElementCollection
    @CollectionTable(name = "blog_post_event", joinColumns = @JoinColumn(name = "post_id"))
    @Column(name = "event_id", nullable = false)
    @OrderColumn(name = "sort_order")
    private List<Long> relatedEventIds = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BlogPost() {}

    /** A new draft, written by the given author. */
    public BlogPost(String slug, PostContent content, String authorName, String authorLogin, Instant at) {
        this.slug = Slugs.require(slug);
        this.authorName = Text.required(authorName, "A post needs an author", 200);
        this.authorLogin = Text.required(authorLogin, "A post needs an author", 320);
        this.status = PostStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(at);
        write(content, null, List.of(), at);
    }

    /** Replaces what the post says; the body is sanitised here, whoever calls. */
    public void write(PostContent content, BlogCategory newCategory, List<Long> eventIds, Instant at) {
        this.title = Text.required(content.title(), "A post needs a title", TITLE_LENGTH);
        this.excerpt = Text.optional(content.excerpt(), EXCERPT_LENGTH);
        String safe = BlogHtml.sanitize(content.body());
        if (safe.length() > BODY_LENGTH) {
            throw new IllegalArgumentException("A post body has at most " + BODY_LENGTH + " characters of HTML");
        }
        this.body = safe;
        this.seoTitle = Text.optional(content.seoTitle(), SEO_TITLE_LENGTH);
        this.seoDescription = Text.optional(content.seoDescription(), SEO_DESCRIPTION_LENGTH);
        this.category = newCategory;
        LinkedHashSet<Long> distinct = new LinkedHashSet<>(eventIds);
        if (distinct.size() > MAX_RELATED_EVENTS) {
            throw new IllegalArgumentException("A post names at most " + MAX_RELATED_EVENTS + " events");
        }
        relatedEventIds.clear();
        relatedEventIds.addAll(distinct);
        touch(at);
    }

    /** Visitors see the post from the given moment, which must lie ahead. */
    public void schedule(Instant at, Instant now) {
        Objects.requireNonNull(at, "A scheduled post needs a publish time");
        if (!at.isAfter(now)) {
            throw new PublishTimePassed();
        }
        if (body.isEmpty()) {
            throw new IllegalStateException("A post needs a body before it is scheduled");
        }
        status = PostStatus.SCHEDULED;
        publishAt = at;
        touch(now);
    }

    /** Visitors see the post from now on; a post already public keeps its first publish time. */
    public void publish(Instant now) {
        if (body.isEmpty()) {
            throw new IllegalStateException("A post needs a body before it is published");
        }
        if (!isPublicAt(now)) {
            publishAt = now;
        }
        status = PostStatus.PUBLISHED;
        touch(now);
    }

    /** Back to a draft that visitors no longer see. */
    public void withdraw(Instant now) {
        status = PostStatus.DRAFT;
        publishAt = null;
        touch(now);
    }

    public boolean isPublicAt(Instant now) {
        return status != PostStatus.DRAFT && publishAt != null && !publishAt.isAfter(now);
    }

    /** The status as visitors experience it: a scheduled post whose time has come is published. */
    public PostStatus statusAt(Instant now) {
        return status == PostStatus.SCHEDULED && isPublicAt(now) ? PostStatus.PUBLISHED : status;
    }

    private void touch(Instant at) {
        if (updatedAt == null || at.isAfter(updatedAt)) {
            updatedAt = at;
        }
    }

    @Override
    public Long id() {
        return id;
    }

    @Override
    public Image image() {
        return image;
    }

    @Override
    public void showImage(Image picture) {
        this.image = picture;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return slug;
    }

    public String excerpt() {
        return excerpt;
    }

    public String body() {
        return body;
    }

    public String authorName() {
        return authorName;
    }

    public String authorLogin() {
        return authorLogin;
    }

    public PostStatus status() {
        return status;
    }

    public Instant publishAt() {
        return publishAt;
    }

    public String seoTitle() {
        return seoTitle;
    }

    public String seoDescription() {
        return seoDescription;
    }

    public BlogCategory category() {
        return category;
    }

    public List<Long> relatedEventIds() {
        return Collections.unmodifiableList(relatedEventIds);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
