package org.marquee.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marquee.core.testing.Ids;

class ImageVariantTest {

    @Test
    void variantsAreNamedByTheirFile() {
        assertEquals("thumb.jpg", ImageVariant.THUMB.fileName());
        assertEquals(Optional.of(ImageVariant.HERO), ImageVariant.byFileName("hero.jpg"));
        assertEquals(Optional.empty(), ImageVariant.byFileName("HERO.jpg"));
        assertEquals(Optional.empty(), ImageVariant.byFileName("original.png"));
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
