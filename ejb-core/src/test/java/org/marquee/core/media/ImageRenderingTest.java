package org.marquee.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageRenderingTest {

    @Test
    void aLargeImageGivesAJpegOfEachVariantWidthWithItsAspect() {
        CheckedImage checked = ImageCheck.check(Pictures.upload(Pictures.png(2400, 1200)));

        Map<ImageFile, byte[]> variants = ImageRendering.variants(checked);

        assertSize(1600, 800, variants.get(ImageFile.jpeg(ImageVariant.HERO)));
        assertSize(640, 320, variants.get(ImageFile.jpeg(ImageVariant.CARD)));
        assertSize(160, 80, variants.get(ImageFile.jpeg(ImageVariant.THUMB)));
        variants.forEach(
                (file, bytes) -> assertTrue(file.format() != ImageFormat.JPEG || isJpeg(bytes), file.fileName()));
    }

    @Test
    void aSmallImageIsNeverEnlarged() {
        CheckedImage checked = ImageCheck.check(Pictures.upload(Pictures.png(300, 200)));

        Map<ImageFile, byte[]> variants = ImageRendering.variants(checked);

        assertSize(300, 200, variants.get(ImageFile.jpeg(ImageVariant.HERO)));
        assertSize(300, 200, variants.get(ImageFile.jpeg(ImageVariant.CARD)));
        assertSize(160, 107, variants.get(ImageFile.jpeg(ImageVariant.THUMB)));
    }

    @Test
    void theVariantSizesAreTheOnesPagesAnnounce() {
        CheckedImage checked = ImageCheck.check(Pictures.upload(Pictures.png(1999, 1333)));
        ImageRef ref = new ImageRef(7, checked.width(), checked.height());

        Map<ImageFile, byte[]> variants = ImageRendering.variants(checked);

        for (ImageVariant variant : ImageVariant.values()) {
            assertSize(ref.width(variant), ref.height(variant), variants.get(ImageFile.jpeg(variant)));
        }
    }

    @Test
    void coloursSurviveAndTransparencyBecomesWhite() {
        BufferedImage half = Pictures.filled(400, 400, new Color(0, 0, 0, 0));
        for (int x = 0; x < 200; x++) {
            for (int y = 0; y < 400; y++) {
                half.setRGB(x, y, new Color(200, 30, 30).getRGB());
            }
        }
        CheckedImage checked = ImageCheck.check(Pictures.upload(Pictures.encoded(half, "png")));

        BufferedImage card = Pictures.decoded(ImageRendering.variants(checked).get(ImageFile.jpeg(ImageVariant.CARD)));

        assertClose(new Color(200, 30, 30), new Color(card.getRGB(50, 200)));
        assertClose(Color.WHITE, new Color(card.getRGB(350, 200)));
    }

    @Test
    void aVeryLargeImageReadSubsampledStillGivesTheFullHero() {
        CheckedImage checked = ImageCheck.check(Pictures.upload(Pictures.png(7000, 3500)));

        assertEquals(3500, checked.pixels().getWidth(), "read every second pixel");
        assertSize(1600, 800, ImageRendering.variants(checked).get(ImageFile.jpeg(ImageVariant.HERO)));
    }

    @Test
    void everySizeIsAlsoWrittenAsWebpAboutAThirdSmaller() {
        assertTrue(ImageFormat.WEBP.available(), "libwebp loads on the machines we build on");
        BufferedImage picture = new BufferedImage(1800, 1000, BufferedImage.TYPE_3BYTE_BGR);
        java.awt.Graphics2D g = picture.createGraphics();
        g.setPaint(new java.awt.GradientPaint(0, 0, new Color(200, 40, 60), 1800, 1000, new Color(20, 40, 160)));
        g.fillRect(0, 0, 1800, 1000);
        g.setColor(Color.WHITE);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 140));
        g.drawString("Live tonight", 200, 550);
        g.dispose();
        CheckedImage checked = ImageCheck.drawn(picture);

        Map<ImageFile, byte[]> files = ImageRendering.variants(checked);

        assertEquals(ImageVariant.values().length * 2, files.size());
        for (ImageVariant variant : ImageVariant.values()) {
            byte[] webp = files.get(new ImageFile(variant, ImageFormat.WEBP));
            assertEquals("RIFF", new String(webp, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals("WEBP", new String(webp, 8, 4, java.nio.charset.StandardCharsets.US_ASCII));
            assertTrue(webp.length < files.get(ImageFile.jpeg(variant)).length, variant + ": smaller than its JPEG");
        }
    }

    @Test
    void aMissingFileIsMadeFromTheHeroInItsSizeAndFormat() {
        CheckedImage checked = ImageCheck.check(Pictures.upload(Pictures.png(1999, 1333)));
        byte[] hero = ImageRendering.variants(checked).get(ImageFile.jpeg(ImageVariant.HERO));

        assertSize(320, 213, ImageRendering.derived(hero, ImageFile.jpeg(ImageVariant.SMALL)));
        byte[] webp = ImageRendering.derived(hero, new ImageFile(ImageVariant.LARGE, ImageFormat.WEBP));
        assertEquals("WEBP", new String(webp, 8, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertThrows(
                IllegalArgumentException.class,
                () -> ImageRendering.derived(new byte[] {1, 2}, ImageFile.jpeg(ImageVariant.CARD)));
    }

    private static void assertSize(int width, int height, byte[] jpeg) {
        BufferedImage picture = Pictures.decoded(jpeg);
        assertEquals(width, picture.getWidth(), "width");
        assertEquals(height, picture.getHeight(), "height");
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8;
    }

    private static void assertClose(Color expected, Color actual) {
        int distance = Math.abs(expected.getRed() - actual.getRed())
                + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(distance < 30, "expected about " + expected + ", got " + actual);
    }
}
