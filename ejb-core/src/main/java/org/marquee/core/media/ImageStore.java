package org.marquee.core.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * Where the variants of images are kept. {@link FilesystemImageStore} keeps them in a directory;
 * several servers need that directory shared, or another implementation (an object store).
 * Implementations must make {@link #save} all or nothing and {@link #delete} idempotent.
 */
public interface ImageStore {

    /** Keeps all files of a new image at once: afterwards every one can be read, or none. */
    void save(long imageId, Map<ImageFile, byte[]> files) throws IOException;

    /**
     * Adds one file to a kept image (a size or format made after it was saved), replacing one of
     * the same name whole; a reader sees the old file or the new one, never a part. Returns false,
     * keeping nothing, when the store has no such image.
     */
    boolean add(long imageId, ImageFile file, byte[] content) throws IOException;

    /** One file of an image, or nothing if the store has no such image or file. */
    Optional<StoredVariant> read(long imageId, ImageFile file) throws IOException;

    /** Removes every variant of an image; nothing happens if there is none. */
    void delete(long imageId) throws IOException;

    /** A variant's bytes as a stream for the caller to close, and their number. */
    record StoredVariant(long size, InputStream content) {}
}
