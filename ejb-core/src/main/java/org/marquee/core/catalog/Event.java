package org.marquee.core.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
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

/** A show, tour or production, featuring artists in billing order, with sessions at venues. */
@Entity
@Table(name = "event")
public class Event implements Illustrated {

    @Id
    @SequenceGenerator(name = "event_seq", sequenceName = "event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(columnDefinition = "text")
    private String description;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id", nullable = false)
    private Category category;

    @ManyToMany
    @JoinTable(
            name = "event_artist",
            joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "artist_id"))
    @OrderColumn(name = "billing_order")
    private List<Artist> artists = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EventStatus status;

    @Column(nullable = false)
    private boolean featured;

    /** When the event was first published; a cancelled event is public only if it had been. */
    @Column(name = "published_at")
    private Instant publishedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    private Image image;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Event() {}

    public Event(
            String title, String slug, String description, Category category, List<Artist> artists, Instant createdAt) {
        this.title = Text.required(title, "An event needs a title", 200);
        this.slug = Slugs.require(slug);
        this.description = Text.optional(description, 50_000);
        this.category = Objects.requireNonNull(category, "An event needs a category");
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = EventStatus.DRAFT;
        feature(artists);
    }

    public void describe(String newTitle, String newDescription, Category newCategory) {
        this.title = Text.required(newTitle, "An event needs a title", 200);
        this.description = Text.optional(newDescription, 50_000);
        this.category = Objects.requireNonNull(newCategory, "An event needs a category");
    }

    /**
     * Gives a draft another address name. Once an event has been public its address may be linked
     * from anywhere, so it stays.
     */
    public void changeSlug(String newSlug) {
        if (status != EventStatus.DRAFT) {
            throw new IllegalStateException("Only a draft's address name can change");
        }
        this.slug = Slugs.require(newSlug);
    }

    /** The artists in billing order, each once. */
    public void feature(List<Artist> billing) {
        artists.clear();
        artists.addAll(new LinkedHashSet<>(billing));
    }

    public void publish(Instant at) {
        if (status == EventStatus.CANCELLED) {
            throw new IllegalStateException("A cancelled event cannot be published again");
        }
        status = EventStatus.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = at;
        }
    }

    /** Cancels a draft or a published event; cancelling is final. */
    public void cancel() {
        if (status == EventStatus.CANCELLED) {
            throw new IllegalStateException("The event is cancelled already");
        }
        status = EventStatus.CANCELLED;
    }

    public boolean isDraft() {
        return status == EventStatus.DRAFT;
    }

    public void highlight(boolean onHomePage) {
        this.featured = onHomePage;
    }

    @Override
    public void showImage(Image picture) {
        this.image = picture;
    }

    /** Visitors see published events, and cancelled ones that had been published. */
    public boolean isPublic() {
        return status == EventStatus.PUBLISHED || (status == EventStatus.CANCELLED && publishedAt != null);
    }

    @Override
    public Long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return slug;
    }

    public String description() {
        return description;
    }

    public Category category() {
        return category;
    }

    public List<Artist> artists() {
        return Collections.unmodifiableList(artists);
    }

    public EventStatus status() {
        return status;
    }

    public boolean featured() {
        return featured;
    }

    @Override
    public Image image() {
        return image;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
