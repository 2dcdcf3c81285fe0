package org.marquee.core.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An uploaded picture: what it was (type, size in bytes, width and height) and when it came.
 * Its resized variants live in the {@link ImageStore} under its id. It never changes: a new
 * picture is a new image, so its address can be cached for good.
 */
@Entity
@Table(name = "image")
public class Image {

    @Id
    @SequenceGenerator(name = "image_seq", sequenceName = "image_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "image_seq")
    private Long id;

    /** The type found in the content (not the one the browser declared): image/png, ... */
    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(name = "original_size", nullable = false)
    private long originalSize;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Image() {}

    public Image(String contentType, long originalSize, int width, int height, Instant createdAt) {
        if (contentType == null || !contentType.startsWith("image/")) {
            throw new IllegalArgumentException("An image needs an image content type, not " + contentType);
        }
        if (originalSize < 0 || width < 1 || height < 1) {
            throw new IllegalArgumentException("An image has a size and positive dimensions");
        }
        this.contentType = contentType;
        this.originalSize = originalSize;
        this.width = width;
        this.height = height;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public ImageRef ref() {
        return new ImageRef(id, width, height);
    }

    public Long id() {
        return id;
    }

    public String contentType() {
        return contentType;
    }

    public long originalSize() {
        return originalSize;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
