package org.marquee.core.media;

/**
 * An image as a page refers to it: its address and the size of each variant, so that an
 * {@code img} element can carry width and height and the page does not jump while it loads.
 * The address never changes its content (a new upload is a new image), so it can be cached
 * for good.
 */
public record ImageRef(long id, int width, int height) {

    public String src(ImageVariant variant) {
        return "/images/" + id + "/" + variant.fileName();
    }

    public int width(ImageVariant variant) {
        return variant.widthFor(width);
    }

    public int height(ImageVariant variant) {
        return variant.heightFor(width, height);
    }
}
