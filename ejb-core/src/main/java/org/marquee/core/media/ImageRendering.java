package org.marquee.core.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Turns a checked picture into its variants: scaled down (never up) with the aspect kept, by
 * halving steps with bilinear filtering (one large bilinear step would skip pixels and alias),
 * transparency flattened onto white, encoded as JPEG. Each variant is made from the next larger
 * one, which costs less than starting from the original each time.
 */
public final class ImageRendering {

    static final float JPEG_QUALITY = 0.85f;

    private ImageRendering() {}

    public static Map<ImageVariant, byte[]> variants(CheckedImage image) {
        Map<ImageVariant, byte[]> encoded = new EnumMap<>(ImageVariant.class);
        BufferedImage larger = image.pixels();
        ImageVariant[] largestFirst = {ImageVariant.HERO, ImageVariant.CARD, ImageVariant.THUMB};
        for (ImageVariant variant : largestFirst) {
            larger = scaled(larger, variant.widthFor(image.width()), variant.heightFor(image.width(), image.height()));
            encoded.put(variant, jpeg(larger));
        }
        return encoded;
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

    static byte[] jpeg(BufferedImage rgb) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(output);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a JPEG in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
