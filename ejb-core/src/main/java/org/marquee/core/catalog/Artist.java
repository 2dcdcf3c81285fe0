package org.marquee.core.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.marquee.core.media.Illustrated;
import org.marquee.core.media.Image;
import org.marquee.core.platform.Slugs;
import org.marquee.core.platform.Text;

/** A performer or company that events feature. */
@Entity
@Table(name = "artist")
public class Artist implements Illustrated {

    @Id
    @SequenceGenerator(name = "artist_seq", sequenceName = "artist_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "artist_seq")
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, unique = true, length = 120)
    private String slug;

    @Column(columnDefinition = "text")
    private String bio;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "image_id")
    private Image image;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Artist() {}

    public Artist(String name, String slug, String bio, Instant createdAt) {
        this.name = Text.required(name, "An artist needs a name", 200);
        this.slug = Slugs.require(slug);
        this.bio = Text.optional(bio, 20_000);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void describe(String newName, String newBio) {
        this.name = Text.required(newName, "An artist needs a name", 200);
        this.bio = Text.optional(newBio, 20_000);
    }

    @Override
    public void showImage(Image picture) {
        this.image = picture;
    }

    @Override
    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public String bio() {
        return bio;
    }

    public java.time.Instant createdAt() {
        return createdAt;
    }

    @Override
    public Image image() {
        return image;
    }
}
