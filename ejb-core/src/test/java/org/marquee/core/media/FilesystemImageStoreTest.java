package org.marquee.core.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesystemImageStoreTest {

    @TempDir
    Path root;

    @Test
    void savedVariantsAreReadBackFromTheImagesShardDirectory() throws IOException {
        FilesystemImageStore store = new FilesystemImageStore(root);

        store.save(1050, variants("a"));

        assertEquals("a-card", read(store, 1050, ImageVariant.CARD));
        assertTrue(Files.isRegularFile(root.resolve("050/1050/hero.jpg")));
        assertEquals(List.of("050/1050/card.jpg", "050/1050/hero.jpg", "050/1050/thumb.jpg"), files());
    }

    @Test
    void anUnknownImageOrVariantIsEmpty() throws IOException {
        FilesystemImageStore store = new FilesystemImageStore(root);
        store.save(7, Map.of(ImageVariant.HERO, new byte[] {1}));

        assertTrue(store.read(8, ImageVariant.HERO).isEmpty());
        assertTrue(store.read(7, ImageVariant.CARD).isEmpty());
    }

    @Test
    void savingOverALeftoverReplacesItWhole() throws IOException {
        FilesystemImageStore store = new FilesystemImageStore(root);
        store.save(51, variants("old"));

        store.save(51, Map.of(ImageVariant.HERO, "new".getBytes()));

        assertEquals("new", read(store, 51, ImageVariant.HERO));
        assertEquals(List.of("051/51/hero.jpg"), files(), "no file of the old image is left");
    }

    @Test
    void aSaveThatFailsHalfwayLeavesNothing() {
        FilesystemImageStore store = new FilesystemImageStore(root);
        Map<ImageVariant, byte[]> broken = new EnumMap<>(ImageVariant.class);
        broken.put(ImageVariant.THUMB, new byte[] {1, 2});
        broken.put(ImageVariant.CARD, null);

        assertThrows(RuntimeException.class, () -> store.save(99, broken));

        assertEquals(List.of(), files());
    }

    @Test
    void deletingRemovesEveryVariantAndASecondDeleteIsNothing() throws IOException {
        FilesystemImageStore store = new FilesystemImageStore(root);
        store.save(300, variants("x"));
        store.save(301, variants("y"));

        store.delete(300);
        store.delete(300);

        assertTrue(store.read(300, ImageVariant.HERO).isEmpty());
        assertEquals("y-hero", read(store, 301, ImageVariant.HERO));
        assertTrue(Files.notExists(root.resolve("300/300")));
        try (Stream<Path> all = Files.walk(root)) {
            assertTrue(all.noneMatch(path -> path.getFileName().toString().startsWith(".tmp-")));
        }
    }

    @Test
    void theReadVariantKnowsItsSize() throws IOException {
        FilesystemImageStore store = new FilesystemImageStore(root);
        store.save(5, Map.of(ImageVariant.THUMB, new byte[] {1, 2, 3}));

        ImageStore.StoredVariant stored = store.read(5, ImageVariant.THUMB).orElseThrow();
        try (InputStream content = stored.content()) {
            assertEquals(3, stored.size());
            assertArrayEquals(new byte[] {1, 2, 3}, content.readAllBytes());
        }
    }

    private static Map<ImageVariant, byte[]> variants(String prefix) {
        Map<ImageVariant, byte[]> variants = new EnumMap<>(ImageVariant.class);
        for (ImageVariant variant : ImageVariant.values()) {
            variants.put(variant, (prefix + "-" + variant.name().toLowerCase()).getBytes());
        }
        return variants;
    }

    private static String read(ImageStore store, long id, ImageVariant variant) throws IOException {
        try (InputStream content = store.read(id, variant).orElseThrow().content()) {
            return new String(content.readAllBytes());
        }
    }

    /** Every file under the root, relative and sorted. */
    private List<String> files() {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
