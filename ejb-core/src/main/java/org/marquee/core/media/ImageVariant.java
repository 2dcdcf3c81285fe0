package org.marquee.core.media;

/**
 * The sizes an image is kept in, each at most this wide, aspect kept, in every {@link ImageFormat}
 * the server can write. A smaller original is never enlarged: its variants are as wide as it is.
 * Pages offer the sizes around their box ({@code srcset}) and the browser takes the one that fits
 * its screen.
 */
public enum ImageVariant {
    /** Admin lists and previews. */
    THUMB(160),
    /** Cards on a narrow screen at low density. */
    SMALL(320),
    /** Cards in lists of the public site. */
    CARD(640),
    /** Cards on a phone of high density, and the top of a page on a narrow screen. */
    LARGE(960),
    /** The top of an artist, event or venue page, and the Open Graph picture. */
    HERO(1600);

    private final int maxWidth;

    ImageVariant(int maxWidth) {
        this.maxWidth = maxWidth;
    }

    public int maxWidth() {
        return maxWidth;
    }

    /** The variant's file name in JPEG, also its address: {@code card.jpg}. */
    public String fileName() {
        return new ImageFile(this, ImageFormat.JPEG).fileName();
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
