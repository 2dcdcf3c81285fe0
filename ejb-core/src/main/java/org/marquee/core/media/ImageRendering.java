package org.marquee.core.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Turns a checked picture into its variants: scaled down (never up) with the aspect kept, by
 * halving steps with bilinear filtering (one large bilinear step would skip pixels and alias),
 * transparency flattened onto white, encoded in each format this server writes. Each size is made
 * from the next larger one, which costs less than starting from the original each time.
 */
public final class ImageRendering {

    private ImageRendering() {}

    public static Map<ImageFile, byte[]> variants(CheckedImage image) {
        Map<ImageFile, byte[]> encoded = new LinkedHashMap<>();
        BufferedImage larger = image.pixels();
        ImageVariant[] variants = ImageVariant.values();
        for (int i = variants.length - 1; i >= 0; i--) {
            ImageVariant variant = variants[i];
            larger = scaled(larger, variant.widthFor(image.width()), variant.heightFor(image.width(), image.height()));
            for (ImageFormat format : ImageFormat.values()) {
                if (format.available()) {
                    encoded.put(new ImageFile(variant, format), format.encode(larger));
                }
            }
        }
        return encoded;
    }

    /**
     * A file an image kept from before its size or format existed lacks, made from its largest
     * JPEG (the hero, which is the original's size up to the hero's width).
     */
    public static byte[] derived(byte[] heroJpeg, ImageFile wanted) {
        BufferedImage hero;
        try {
            hero = ImageIO.read(new ByteArrayInputStream(heroJpeg));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read a stored hero", e);
        }
        if (hero == null) {
            throw new IllegalArgumentException("A stored hero is no picture");
        }
        int width = wanted.variant().widthFor(hero.getWidth());
        int height = wanted.variant().heightFor(hero.getWidth(), hero.getHeight());
        return wanted.format().encode(scaled(hero, width, height));
    }

    /** The picture at the given size, in RGB without transparency. */
    static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = draw(current, w, h);
        }
        boolean ready = current != source || source.getType() == BufferedImage.TYPE_3BYTE_BGR;
        if (!ready || w != width || h != height) {
            current = draw(current, width, height);
        }
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        // Three bytes a pixel: what the JPEG encoder takes without converting, about twice as fast.
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = target.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}
