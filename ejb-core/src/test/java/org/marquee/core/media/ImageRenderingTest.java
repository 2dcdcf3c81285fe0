package org.marquee.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageRenderingTest {

    @Test
    void aLargeImageGivesThreeJpegsOfTheVariantWidthsWithItsAspect() {
        CheckedImage checked = ImageCheck.check(Pictures.upload(Pictures.png(2400, 1200)));

        Map<ImageVariant, byte[]> variants = ImageRendering.variants(checked);

        assertSize(1600, 800, variants.get(ImageVariant.HERO));
        assertSize(640, 320, variants.get(ImageVariant.CARD));
        assertSize(160, 80, variants.get(ImageVariant.THUMB));
        variants.values().forEach(jpeg -> assertTrue(isJpeg(jpeg)));
    }

    @Test
    void aSmallImageIsNeverEnlarged() {
        CheckedImage checked = ImageCheck.check(Pictures.upload(Pictures.png(300, 200)));

        Map<ImageVariant, byte[]> variants = ImageRendering.variants(checked);

        assertSize(300, 200, variants.get(ImageVariant.HERO));
        assertSize(300, 200, variants.get(ImageVariant.CARD));
        assertSize(160, 107, variants.get(ImageVariant.THUMB));
    }

    @Test
    void theVariantSizesAreTheOnesPagesAnnounce() {
        CheckedImage checked = ImageCheck.check(Pictures.upload(Pictures.png(1999, 1333)));
        ImageRef ref = new ImageRef(7, checked.width(), checked.height());

        Map<ImageVariant, byte[]> variants = ImageRendering.variants(checked);

        for (ImageVariant variant : ImageVariant.values()) {
            assertSize(ref.width(variant), ref.height(variant), variants.get(variant));
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

        BufferedImage card = Pictures.decoded(ImageRendering.variants(checked).get(ImageVariant.CARD));

        assertClose(new Color(200, 30, 30), new Color(card.getRGB(50, 200)));
        assertClose(Color.WHITE, new Color(card.getRGB(350, 200)));
    }

    @Test
    void aVeryLargeImageReadSubsampledStillGivesTheFullHero() {
        CheckedImage checked = ImageCheck.check(Pictures.upload(Pictures.png(7000, 3500)));

        assertEquals(3500, checked.pixels().getWidth(), "read every second pixel");
        assertSize(1600, 800, ImageRendering.variants(checked).get(ImageVariant.HERO));
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
