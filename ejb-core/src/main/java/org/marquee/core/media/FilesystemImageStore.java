package org.marquee.core.media;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Images in a directory: {@code <root>/<id mod 1000, three digits>/<id>/<size>.<jpg|webp>}, so that no
 * directory holds more than about a thousandth of them. An image's files are written into a
 * temporary directory beside their final place and then renamed into it in one atomic step: a
 * reader sees all of an image or nothing, and a crash leaves at most a {@code .tmp-} directory.
 * Deleting renames the image's directory away first, then removes it, for the same reason. A file
 * added later ({@link #add}) is written beside its place and renamed onto it; a crash between the
 * two leaves a {@code .tmp-} file in the image's directory, which nothing reads.
 */
public class FilesystemImageStore implements ImageStore {

    private static final String TEMPORARY = ".tmp-";

    private final Path root;

    public FilesystemImageStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    @Override
    public void save(long imageId, Map<ImageFile, byte[]> files) throws IOException {
        Path target = directoryOf(imageId);
        Path shard = Files.createDirectories(target.getParent());
        Path temporary = shard.resolve(TEMPORARY + imageId + "-" + UUID.randomUUID());
        Files.createDirectory(temporary);
        try {
            for (Map.Entry<ImageFile, byte[]> file : files.entrySet()) {
                Files.write(temporary.resolve(file.getKey().fileName()), file.getValue());
            }
            // A leftover of an image id that never committed (ids are not reused, but a restored
            // database can hand one out again) is replaced, not merged.
            delete(imageId);
            moveAtomically(temporary, target);
        } catch (IOException | RuntimeException e) {
            removeTree(temporary);
            throw e;
        }
    }

    @Override
    public boolean add(long imageId, ImageFile file, byte[] content) throws IOException {
        Path directory = directoryOf(imageId);
        if (!Files.isDirectory(directory)) {
            return false;
        }
        Path temporary = directory.resolve(TEMPORARY + file.fileName() + "-" + UUID.randomUUID());
        try {
            Files.write(temporary, content);
            Files.move(temporary, directory.resolve(file.fileName()), StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (NoSuchFileException deleted) {
            return false; // the image was deleted meanwhile
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public Optional<StoredVariant> read(long imageId, ImageFile wanted) throws IOException {
        Path file = directoryOf(imageId).resolve(wanted.fileName());
        try {
            long size = Files.size(file);
            return Optional.of(new StoredVariant(size, Files.newInputStream(file)));
        } catch (NoSuchFileException missing) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(long imageId) throws IOException {
        Path directory = directoryOf(imageId);
        Path doomed = directory.resolveSibling(TEMPORARY + "deleted-" + imageId + "-" + UUID.randomUUID());
        try {
            moveAtomically(directory, doomed);
        } catch (NoSuchFileException missing) {
            return;
        }
        removeTree(doomed);
    }

    Path directoryOf(long imageId) {
        if (imageId < 0) {
            throw new IllegalArgumentException("No image has a negative id: " + imageId);
        }
        return root.resolve(String.format("%03d", imageId % 1000)).resolve(Long.toString(imageId));
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | DirectoryNotEmptyException e) {
            throw new IOException("Cannot rename " + from + " to " + to + " in one step", e);
        }
    }

    private static void removeTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
