package org.marquee.core.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageCheckTest {

    @ParameterizedTest
    @CsvSource({"png, image/png", "jpeg, image/jpeg", "gif, image/gif"})
    void jpegPngAndGifAreTakenWithTheirSizeAndTheTypeFoundInTheContent(String format, String type) {
        byte[] content = Pictures.encoded(Pictures.filled(640, 480, Color.ORANGE), format);

        CheckedImage checked = ImageCheck.check(new ImageUpload("holiday.txt", "text/plain", content));

        assertEquals(type, checked.contentType(), "the declared name and type do not matter");
        assertEquals(640, checked.width());
        assertEquals(480, checked.height());
        assertEquals(content.length, checked.originalSize());
        assertEquals(640, checked.pixels().getWidth());
    }

    @Test
    void anEmptyUploadIsMissing() {
        assertRefused("image.missing", new byte[0]);
    }

    @Test
    void aFileOverFiveMegabytesIsRefusedBeforeItIsRead() {
        byte[] content = Arrays.copyOf(Pictures.png(400, 400), (int) ImageCheck.MAX_BYTES + 1);

        InvalidImage refused = assertRefused("image.tooLarge", content);

        assertArrayEquals(new Object[] {"5.0", 5}, refused.arguments());
    }

    @Test
    void exactlyFiveMegabytesIsStillAllowedBySize() {
        // A valid PNG padded to the limit: decoders stop at the image's end.
        byte[] content = Arrays.copyOf(Pictures.png(400, 400), (int) ImageCheck.MAX_BYTES);

        assertEquals(400, ImageCheck.check(Pictures.upload(content)).width());
    }

    @Test
    void textIsNotAnImageWhateverItsNameSays() {
        byte[] text = "<html><body>not a picture</body></html>".getBytes(StandardCharsets.UTF_8);

        assertRefused("image.notAnImage", text);
        InvalidImage named = assertThrows(
                InvalidImage.class, () -> ImageCheck.check(new ImageUpload("photo.png", "image/png", text)));
        assertEquals("image.notAnImage", named.messageKey());
    }

    @Test
    void anImageInAnotherFormatIsNamedAndRefused() {
        byte[] bmp = Pictures.encoded(Pictures.filled(400, 300, Color.GREEN), "bmp");

        InvalidImage refused = assertRefused("image.unsupported", bmp);

        assertEquals("BMP", refused.arguments()[0]);
    }

    @ParameterizedTest
    @CsvSource({ // quoted: CsvSource trims control characters from unquoted values
        "'\u0000\u0000\u0000\u0018ftypheic\u0000\u0000', HEIC",
        "'\u0000\u0000\u0000\u001cftypavif\u0000\u0000', AVIF"
    })
    void picturesInFormatsWeCannotReadAreNamed(String head, String format) {
        byte[] content = Arrays.copyOf(head.getBytes(StandardCharsets.ISO_8859_1), 4000);

        InvalidImage refused = assertRefused("image.unsupported", content);

        assertEquals(format, refused.arguments()[0]);
    }

    @Test
    void aWebpPictureIsReadAndADamagedOneIsRefused() {
        BufferedImage picture = new BufferedImage(300, 200, BufferedImage.TYPE_3BYTE_BGR);
        byte[] webp = ImageFormat.WEBP.encode(picture);

        CheckedImage checked = ImageCheck.check(new ImageUpload("photo.webp", "image/webp", webp));

        assertEquals("image/webp", checked.contentType());
        assertEquals(300, checked.width());
        assertEquals(200, checked.height());
        byte[] damaged =
                Arrays.copyOf("RIFF\u0000\u0001\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1), 4000);
        assertRefused("image.unreadable", damaged);
    }

    @Test
    void aDamagedImageCannotBeRead() {
        byte[] png = Pictures.png(400, 400);

        assertRefused("image.unreadable", Arrays.copyOf(png, png.length / 2));
    }

    @Test
    void tooSmallTooLargeAndTooElongatedImagesAreRefused() {
        assertRefused("image.tooSmall", Pictures.png(199, 400));
        assertRefused("image.tooElongated", Pictures.png(1000, 240));
        assertRefused("image.tooBig", pngClaiming(20_000, 10_000));
        assertRefused("image.tooBig", pngClaiming(6000, 5000));
    }

    @Test
    void aSmallFileClaimingHugeDimensionsIsRefusedFromItsHeaderWithoutDecoding() {
        byte[] bomb = pngClaiming(8000, 8000);

        InvalidImage refused = assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> assertThrows(InvalidImage.class, () -> ImageCheck.check(Pictures.upload(bomb))));

        assertEquals("image.tooBig", refused.messageKey());
        assertArrayEquals(new Object[] {8000, 8000, ImageCheck.MAX_SIDE, 25L}, refused.arguments());
    }

    /** Issue 13, item 14: 25 million pixels of 16 bits a channel took 3 s to decode from 194 KB. */
    @Test
    void aDeepPictureOverTheDecodingBudgetIsRefusedFromItsHeader() {
        byte[] deep = pngClaiming(5000, 5000, 16, 6);

        InvalidImage refused = assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> assertThrows(InvalidImage.class, () -> ImageCheck.check(Pictures.upload(deep))));

        assertEquals("image.tooBig", refused.messageKey());
        ImageCheck.checkDecodingCost(5000, 5000, 32);
        ImageCheck.checkDecodingCost(5000, 5000, 24);
        assertThrows(InvalidImage.class, () -> ImageCheck.checkDecodingCost(5000, 5000, 48));
    }

    @Test
    void veryLargeImagesAreReadSubsampledButNeverBelowTheHeroWidth() {
        assertEquals(1, ImageCheck.subsampling(4000, 3000), "12 million pixels are read whole");
        assertEquals(2, ImageCheck.subsampling(8000, 3125));
        assertEquals(1, ImageCheck.subsampling(2000, 8000), "a tall image keeps its 2000 pixels of width");
    }

    @Test
    void aDrawnPictureFollowsTheDimensionRules() {
        assertEquals(
                1280, ImageCheck.drawn(Pictures.filled(1280, 720, Color.BLUE)).width());
        assertThrows(InvalidImage.class, () -> ImageCheck.drawn(Pictures.filled(100, 100, Color.BLUE)));
    }

    private static InvalidImage assertRefused(String key, byte[] content) {
        InvalidImage refused = assertThrows(InvalidImage.class, () -> ImageCheck.check(Pictures.upload(content)));
        assertEquals(key, refused.messageKey());
        return refused;
    }

    /** A small real PNG whose header says it has other dimensions (with a correct checksum). */
    private static byte[] pngClaiming(int width, int height) {
        byte[] png = Pictures.png(300, 300);
        return pngClaiming(png, width, height, png[24], png[25]);
    }

    /** A PNG whose header claims the size, bit depth and colour type given (6: RGBA). */
    private static byte[] pngClaiming(int width, int height, int bitDepth, int colourType) {
        return pngClaiming(Pictures.png(300, 300), width, height, (byte) bitDepth, (byte) colourType);
    }

    private static byte[] pngClaiming(byte[] png, int width, int height, byte bitDepth, byte colourType) {
        ByteBuffer header = ByteBuffer.wrap(png);
        // Signature (8), IHDR length (4), "IHDR" (4), then width, height, bit depth, colour type.
        header.putInt(16, width);
        header.putInt(20, height);
        png[24] = bitDepth;
        png[25] = colourType;
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        header.putInt(29, (int) crc.getValue());
        return png;
    }
}
