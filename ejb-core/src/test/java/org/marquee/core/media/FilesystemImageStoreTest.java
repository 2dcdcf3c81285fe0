package org.marquee.core.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
        assertEquals(
                List.of(
                        "050/1050/card.jpg",
                        "050/1050/hero.jpg",
                        "050/1050/large.jpg",
                        "050/1050/small.jpg",
                        "050/1050/thumb.jpg"),
                files());
    }

    @Test
    void anUnknownImageOrVariantIsEmpty() throws IOException {
        FilesystemImageStore store = new FilesystemImageStore(root);
        store.save(7, Map.of(ImageFile.jpeg(ImageVariant.HERO), new byte[] {1}));

        assertTrue(store.read(8, ImageFile.jpeg(ImageVariant.HERO)).isEmpty());
        assertTrue(store.read(7, ImageFile.jpeg(ImageVariant.CARD)).isEmpty());
    }

    @Test
    void savingOverALeftoverReplacesItWhole() throws IOException {
        FilesystemImageStore store = new FilesystemImageStore(root);
        store.save(51, variants("old"));

        store.save(51, Map.of(ImageFile.jpeg(ImageVariant.HERO), "new".getBytes()));

        assertEquals("new", read(store, 51, ImageVariant.HERO));
        assertEquals(List.of("051/51/hero.jpg"), files(), "no file of the old image is left");
    }

    @Test
    void aSaveThatFailsHalfwayLeavesNothing() {
        FilesystemImageStore store = new FilesystemImageStore(root);
        Map<ImageFile, byte[]> broken = new LinkedHashMap<>();
        broken.put(ImageFile.jpeg(ImageVariant.THUMB), new byte[] {1, 2});
        broken.put(ImageFile.jpeg(ImageVariant.CARD), null);

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

        assertTrue(store.read(300, ImageFile.jpeg(ImageVariant.HERO)).isEmpty());
        assertEquals("y-hero", read(store, 301, ImageVariant.HERO));
        assertTrue(Files.notExists(root.resolve("300/300")));
        try (Stream<Path> all = Files.walk(root)) {
            assertTrue(all.noneMatch(path -> path.getFileName().toString().startsWith(".tmp-")));
        }
    }

    @Test
    void theReadVariantKnowsItsSize() throws IOException {
        FilesystemImageStore store = new FilesystemImageStore(root);
        store.save(5, Map.of(ImageFile.jpeg(ImageVariant.THUMB), new byte[] {1, 2, 3}));

        ImageStore.StoredVariant stored =
                store.read(5, ImageFile.jpeg(ImageVariant.THUMB)).orElseThrow();
        try (InputStream content = stored.content()) {
            assertEquals(3, stored.size());
            assertArrayEquals(new byte[] {1, 2, 3}, content.readAllBytes());
        }
    }

    @Test
    void aFileIsAddedToAKeptImageWholeAndNeverToAnUnknownOne() throws IOException {
        FilesystemImageStore store = new FilesystemImageStore(root);
        store.save(12, variants("k"));
        ImageFile webp = new ImageFile(ImageVariant.CARD, ImageFormat.WEBP);

        assertTrue(store.add(12, webp, "made".getBytes()));
        assertTrue(store.add(12, webp, "again".getBytes()), "a second maker replaces the file whole");
        assertFalse(store.add(13, webp, "lost".getBytes()));

        try (InputStream content = store.read(12, webp).orElseThrow().content()) {
            assertEquals("again", new String(content.readAllBytes()));
        }
        assertEquals("k-card", read(store, 12, ImageVariant.CARD));
        assertFalse(files().stream().anyMatch(file -> file.contains(".tmp-")), files().toString());
        assertTrue(Files.notExists(root.resolve("013")), "nothing made for an unknown image");
    }

    private static Map<ImageFile, byte[]> variants(String prefix) {
        Map<ImageFile, byte[]> variants = new LinkedHashMap<>();
        for (ImageVariant variant : ImageVariant.values()) {
            variants.put(ImageFile.jpeg(variant), (prefix + "-" + variant.name().toLowerCase()).getBytes());
        }
        return variants;
    }

    private static String read(ImageStore store, long id, ImageVariant variant) throws IOException {
        try (InputStream content =
                store.read(id, ImageFile.jpeg(variant)).orElseThrow().content()) {
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
