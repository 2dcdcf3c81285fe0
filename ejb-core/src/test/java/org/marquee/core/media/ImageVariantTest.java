package org.marquee.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marquee.core.testing.Ids;

class ImageVariantTest {

    @Test
    void filesAreNamedBySizeAndFormat() {
        assertEquals("thumb.jpg", ImageVariant.THUMB.fileName());
        assertEquals(Optional.of(ImageFile.jpeg(ImageVariant.HERO)), ImageFile.byFileName("hero.jpg"));
        assertEquals(
                Optional.of(new ImageFile(ImageVariant.LARGE, ImageFormat.WEBP)), ImageFile.byFileName("large.webp"));
        assertEquals(Optional.empty(), ImageFile.byFileName("HERO.jpg"));
        assertEquals(Optional.empty(), ImageFile.byFileName("original.png"));
        assertEquals(Optional.empty(), ImageFile.byFileName("hero.png"));
    }

    @Test
    void aSrcsetNamesEachWidthOnceInItsFormat() {
        assertEquals(
                "/images/9/small.webp 320w, /images/9/card.webp 640w, /images/9/large.webp 960w",
                new ImageRef(9, 3000, 2000).srcset("card", "webp"));
        assertEquals(
                "/images/9/card.jpg 640w, /images/9/large.jpg 960w, /images/9/hero.jpg 1600w",
                new ImageRef(9, 3000, 2000).srcset("hero", "jpg"));
        assertEquals(
                "/images/9/small.jpg 320w, /images/9/card.jpg 500w",
                new ImageRef(9, 500, 400).srcset("card", "jpg"),
                "a small original is as wide as a card and a large one: named once");
    }

    @Test
    void aReferenceGivesTheAddressAndSizeOfEachVariant() {
        ImageRef ref = new ImageRef(1234, 3000, 2000);

        assertEquals("/images/1234/card.jpg", ref.src(ImageVariant.CARD));
        assertEquals(1600, ref.width(ImageVariant.HERO));
        assertEquals(1067, ref.height(ImageVariant.HERO));
        assertEquals(160, ref.width(ImageVariant.THUMB));
        assertEquals(107, ref.height(ImageVariant.THUMB));
    }

    @Test
    void anImageRecordsWhatWasUploadedAndRefusesNonsense() {
        Image image = Ids.assign(new Image("image/png", 12_345, 800, 600, Instant.EPOCH), 50);

        assertEquals(new ImageRef(50, 800, 600), image.ref());
        assertThrows(IllegalArgumentException.class, () -> new Image("text/html", 1, 800, 600, Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> new Image("image/png", 1, 0, 600, Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> new Image("image/png", -1, 800, 600, Instant.EPOCH));
    }

    @Test
    void theUploadsNameIsShortenedAndCleanedForTheAuditTrail() {
        assertEquals("upload", new ImageUpload(null, null, new byte[0]).displayName());
        assertEquals("ab.png", new ImageUpload(" a\nb.png ", null, new byte[0]).displayName());
        assertEquals(
                81,
                new ImageUpload("x".repeat(200), null, new byte[0])
                        .displayName()
                        .length());
    }
}
