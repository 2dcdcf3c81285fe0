package org.marquee.core.marketing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.marquee.core.media.ImageRef;

/** A picture uploaded for a post's body, in our own image store; the body refers to it by address. */
@Entity
@Table(name = "blog_post_picture")
public class PostPicture {

    @Id
    @SequenceGenerator(name = "blog_post_picture_seq", sequenceName = "blog_post_picture_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "blog_post_picture_seq")
    private Long id;

    @Column(name = "post_id", nullable = false, updatable = false)
    private long postId;

    @Column(name = "image_id", nullable = false, updatable = false)
    private long imageId;

    @Column(nullable = false, updatable = false)
    private int width;

    @Column(nullable = false, updatable = false)
    private int height;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected PostPicture() {}

    PostPicture(long postId, ImageRef image, Instant now) {
        this.postId = postId;
        this.imageId = image.id();
        this.width = image.width();
        this.height = image.height();
        this.addedAt = Objects.requireNonNull(now);
    }

    /** Where the picture is, and the size of each variant. */
    public ImageRef image() {
        return new ImageRef(imageId, width, height);
    }

    public Instant addedAt() {
        return addedAt;
    }
}
