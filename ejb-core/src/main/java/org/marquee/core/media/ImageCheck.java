package org.marquee.core.media;

import com.luciad.imageio.webp.WebPImageReaderSpi;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * What an upload must be to become an image, decided on its content, never on the name or type
 * the browser declared: at most {@value #MAX_MB} MB; JPEG, PNG, GIF or WebP (libwebp's reader; HEIC
 * and AVIF files are recognised by their first bytes and refused by name), recognised by ImageIO
 * and decoded whole (libwebp decodes a WebP whole even where subsampling is asked); at
 * least {@value #MIN_SIDE} pixels a side, at most {@value #MAX_SIDE} a side and {@value #MAX_PIXELS}
 * pixels in all (read from the header before decoding, so a small file that claims to be huge
 * costs nothing), and a long side at most {@value #MAX_ASPECT} times the short one. A GIF gives its
 * first frame.
 */
public final class ImageCheck {

    public static final int MAX_MB = 5;
    public static final long MAX_BYTES = MAX_MB * 1024L * 1024L;
    public static final int MIN_SIDE = 200;
    public static final int MAX_SIDE = 8000;
    public static final long MAX_PIXELS = 25_000_000L;
    public static final int MAX_ASPECT = 4;

    /** The MIME types taken, as ImageIO's readers name them. */
    static final Set<String> ACCEPTED = Set.of("image/jpeg", "image/png", "image/gif", "image/webp");

    /** The most the decoder may inflate, whatever is kept of it afterwards: see checkDecodingCost. */
    static final long MAX_DECODED_BYTES = MAX_PIXELS * 4;

    /** Decoded pixels held in memory at most, roughly: a larger original is read subsampled. */
    static final long DECODED_PIXELS = 12_000_000L;

    private ImageCheck() {}

    /** The upload's picture, or the rule it breaks. */
    public static CheckedImage check(ImageUpload upload) {
        if (upload.size() == 0) {
            throw InvalidImage.missing();
        }
        if (upload.size() > MAX_BYTES) {
            throw InvalidImage.tooLarge(upload.size());
        }
        // In memory: ImageIO's default stream caches on disk.
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload.content()))) {
            Iterator<ImageReader> readers = readers(input, upload.content());
            if (!readers.hasNext()) {
                throw unknownFormat(upload.content())
                        .map(InvalidImage::unsupported)
                        .orElseGet(InvalidImage::notAnImage);
            }
            ImageReader reader = readers.next();
            try {
                String type = accepted(reader.getOriginatingProvider());
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkDimensions(width, height);
                checkDecodingCost(width, height, bitsPerPixel(reader));
                ImageReadParam param = reader.getDefaultReadParam();
                int step = subsampling(width, height);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage pixels = reader.read(0, param);
                return new CheckedImage(type, upload.size(), width, height, pixels);
            } finally {
                reader.dispose();
            }
        } catch (InvalidImage refusal) {
            throw refusal;
        } catch (IOException | RuntimeException broken) {
            // Decoders answer damaged or hostile data with IIOException or with runtime errors.
            throw InvalidImage.unreadable();
        }
    }

    /** A picture the application drew itself (the demo's posters): the dimension rules still hold. */
    public static CheckedImage drawn(BufferedImage picture) {
        checkDimensions(picture.getWidth(), picture.getHeight());
        return new CheckedImage("image/jpeg", 0, picture.getWidth(), picture.getHeight(), picture);
    }

    /**
     * The decoder inflates every pixel at its full depth, subsampled or not: a 16-bit PNG of 25
     * million pixels costs seconds from a file of a few hundred KB. Refused from its header when
     * its pixels take more than {@link #MAX_DECODED_BYTES} at their depth (25 million pixels of
     * 8-bit RGBA); such a picture counts as too big.
     */
    static void checkDecodingCost(int width, int height, int bitsPerPixel) {
        if ((long) width * height * bitsPerPixel / 8 > MAX_DECODED_BYTES) {
            throw InvalidImage.tooBig(width, height);
        }
    }

    /** The depth of the picture's pixels as stored, from its header; 32 when the reader cannot say. */
    private static int bitsPerPixel(ImageReader reader) throws IOException {
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        return raw == null ? 32 : raw.getColorModel().getPixelSize();
    }

    static void checkDimensions(int width, int height) {
        if (width < MIN_SIDE || height < MIN_SIDE) {
            throw InvalidImage.tooSmall(width, height);
        }
        if (width > MAX_SIDE || height > MAX_SIDE || (long) width * height > MAX_PIXELS) {
            throw InvalidImage.tooBig(width, height);
        }
        if (Math.max(width, height) > (long) MAX_ASPECT * Math.min(width, height)) {
            throw InvalidImage.tooElongated(width, height);
        }
    }

    /**
     * Every how many pixels to read, so that the decoded picture stays near
     * {@link #DECODED_PIXELS} but never narrower than the largest variant it must give.
     */
    static int subsampling(int width, int height) {
        int forMemory = (int) Math.ceil(Math.sqrt((double) width * height / DECODED_PIXELS));
        int forWidth = Math.max(1, width / ImageVariant.HERO.maxWidth());
        return Math.max(1, Math.min(forMemory, forWidth));
    }

    /**
     * Picture formats ImageIO cannot read but people upload (phones save HEIC, browsers WebP),
     * recognised by their first bytes so the message names them.
     */
    static Optional<String> unknownFormat(byte[] content) {
        if (content.length < 12) {
            return Optional.empty();
        }
        String head = new String(content, 0, 12, StandardCharsets.ISO_8859_1);
        if (head.startsWith("RIFF") && head.endsWith("WEBP")) {
            return Optional.of("WebP");
        }
        if (head.startsWith("ftyp", 4)) {
            String brand = head.substring(8, 12);
            if (brand.equals("avif") || brand.equals("avis")) {
                return Optional.of("AVIF");
            }
            if (brand.startsWith("hei") || brand.startsWith("hev") || brand.equals("mif1") || brand.equals("msf1")) {
                return Optional.of("HEIC");
            }
        }
        return Optional.empty();
    }

    /**
     * ImageIO's readers for the content; for WebP, libwebp's reader, which ImageIO's registry
     * finds on a plain class path but not inside an application server.
     */
    private static Iterator<ImageReader> readers(ImageInputStream input, byte[] content) {
        Iterator<ImageReader> found = ImageIO.getImageReaders(input);
        if (found.hasNext()
                || !ImageFormat.WEBP.available()
                || !unknownFormat(content).equals(Optional.of("WebP"))) {
            return found;
        }
        return List.of(new WebPImageReaderSpi().createReaderInstance(null)).iterator();
    }

    private static String accepted(ImageReaderSpi provider) {
        String[] types = provider.getMIMETypes();
        for (String type : types == null ? new String[0] : types) {
            if (ACCEPTED.contains(type.toLowerCase(Locale.ROOT))) {
                return type.toLowerCase(Locale.ROOT);
            }
        }
        throw InvalidImage.unsupported(provider.getFormatNames()[0].toUpperCase(Locale.ROOT));
    }
}
