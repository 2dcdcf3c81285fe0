package org.marquee.core.media;

import java.util.Locale;

/**
 * The sizes an image is stored in, each a JPEG of at most this width, aspect kept. A smaller
 * original is never enlarged: its variants are as wide as it is.
 */
public enum ImageVariant {
    /** Admin lists and previews. */
    THUMB(160),
    /** Cards in lists of the public site. */
    CARD(640),
    /** The top of an artist, event or venue page, and the Open Graph picture. */
    HERO(1600);

    private final int maxWidth;

    ImageVariant(int maxWidth) {
        this.maxWidth = maxWidth;
    }

    public int maxWidth() {
        return maxWidth;
    }

    /** The variant's file name, also its address: {@code card.jpg}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT) + ".jpg";
    }

    /** The variant named by a file name such as {@code hero.jpg}, if there is one. */
    public static java.util.Optional<ImageVariant> byFileName(String fileName) {
        for (ImageVariant variant : values()) {
            if (variant.fileName().equals(fileName)) {
                return java.util.Optional.of(variant);
            }
        }
        return java.util.Optional.empty();
    }

    /** How wide this variant of an image of the given width is. */
    public int widthFor(int originalWidth) {
        return Math.min(maxWidth, originalWidth);
    }

    /** How high this variant of an image of the given size is: the aspect kept, at least 1 pixel. */
    public int heightFor(int originalWidth, int originalHeight) {
        return Math.max(1, (int) Math.round(originalHeight * (double) widthFor(originalWidth) / originalWidth));
    }
}
