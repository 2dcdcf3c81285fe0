package org.marquee.core.media;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A picture that passed the checks: what it is (type, size in bytes, width and height of the
 * original) and its pixels, which a very large original gives subsampled.
 */
public record CheckedImage(String contentType, long originalSize, int width, int height, BufferedImage pixels) {

    public CheckedImage {
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(pixels);
    }
}
