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

    /**
     * The {@code srcset} of a card ({@code "card"}: small, card, large) or of the top of a page
     * ({@code "hero"}: card, large, hero) in a format ({@code "jpg"}, {@code "webp"}), each width
     * once (a small original is as wide in several sizes). Null for a format this server cannot
     * write, so that a page offers only what it can serve.
     */
    public String srcset(String use, String extension) {
        ImageFormat format = "webp".equals(extension) ? ImageFormat.WEBP : ImageFormat.JPEG;
        if (!format.available()) {
            return null;
        }
        ImageVariant[] sizes = "hero".equals(use)
                ? new ImageVariant[] {ImageVariant.CARD, ImageVariant.LARGE, ImageVariant.HERO}
                : new ImageVariant[] {ImageVariant.SMALL, ImageVariant.CARD, ImageVariant.LARGE};
        StringBuilder set = new StringBuilder();
        int previous = 0;
        for (ImageVariant size : sizes) {
            int w = width(size);
            if (w == previous) {
                continue;
            }
            if (set.length() > 0) {
                set.append(", ");
            }
            set.append("/images/").append(id).append('/').append(new ImageFile(size, format).fileName());
            set.append(' ').append(w).append('w');
            previous = w;
        }
        return set.toString();
    }

    public int width(ImageVariant variant) {
        return variant.widthFor(width);
    }

    public int height(ImageVariant variant) {
        return variant.heightFor(width, height);
    }
}
