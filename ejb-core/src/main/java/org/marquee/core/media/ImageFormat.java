package org.marquee.core.media;

import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The formats variants are written in: JPEG, which every browser shows, and WebP, about a third
 * smaller at the same quality, for the browsers that take it (a page offers it in a
 * {@code <picture>} source). WebP is written by Google's libwebp through its ImageIO writer; where
 * that native library cannot load, WebP is not {@link #available()} and pages offer JPEG only.
 */
public enum ImageFormat {
    JPEG("jpg", "image/jpeg"),
    WEBP("webp", "image/webp");

    static final float JPEG_QUALITY = 0.85f;
    static final float WEBP_QUALITY = 0.80f;

    private static final Logger LOG = Logger.getLogger(ImageFormat.class.getName());

    private final String extension;
    private final String contentType;

    ImageFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** Whether this server can write the format (JPEG always; WebP if libwebp loaded). */
    public boolean available() {
        return this == JPEG || WebpSupport.AVAILABLE;
    }

    /** The picture, in RGB without transparency, encoded in this format. */
    byte[] encode(BufferedImage rgb) {
        return write(writer(), rgb);
    }

    private byte[] write(ImageWriter writer, BufferedImage rgb) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = param(writer);
            writer.setOutput(output);
            writer.write(null, new IIOImage(rgb, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode a " + name() + " in memory", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private ImageWriter writer() {
        if (this == JPEG) {
            return ImageIO.getImageWritersByFormatName("jpeg").next();
        }
        if (!available()) {
            throw new IllegalStateException("WebP cannot be written on this server");
        }
        return webpWriter();
    }

    /** Not through ImageIO's registry, which an application server's class loaders hide. */
    private static ImageWriter webpWriter() {
        return new WebPImageWriterSpi().createWriterInstance(null);
    }

    private ImageWriteParam param(ImageWriter writer) {
        if (this == JPEG) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            return param;
        }
        WebPWriteParam param = new WebPWriteParam(writer.getLocale());
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType(param.getCompressionTypes()[WebPWriteParam.LOSSY_COMPRESSION]);
        param.setCompressionQuality(WEBP_QUALITY);
        return param;
    }

    /** Loads libwebp once, on first use; a machine it was not built for gets JPEG only. */
    private static final class WebpSupport {
        static final boolean AVAILABLE = probe();

        private static boolean probe() {
            try {
                BufferedImage pixel = new BufferedImage(2, 2, BufferedImage.TYPE_3BYTE_BGR);
                return WEBP.write(webpWriter(), pixel).length > 0;
            } catch (RuntimeException | LinkageError e) {
                LOG.log(Level.WARNING, "WebP cannot be written here (libwebp did not load): pictures are JPEG only", e);
                return false;
            }
        }
    }
}
