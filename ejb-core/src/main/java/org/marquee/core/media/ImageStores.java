package org.marquee.core.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The store of this server: a directory named by {@code -Dmarquee.images.dir} or the environment's
 * {@code MARQUEE_IMAGES_DIR}; without either, {@code images} in {@code MARQUEE_DATA_DIR} (where the
 * run command keeps the demo database), else in the server's data directory.
 */
@ApplicationScoped
public class ImageStores {

    private static final Logger LOG = Logger.getLogger(ImageStores.class.getName());

    @Produces
    @ApplicationScoped
    ImageStore store() {
        Path directory = directory(System::getProperty, System::getenv);
        LOG.info(() -> "Images are kept in " + directory.toAbsolutePath());
        return new FilesystemImageStore(directory);
    }

    static Path directory(
            java.util.function.UnaryOperator<String> properties, java.util.function.UnaryOperator<String> environment) {
        String named = firstSet(properties.apply("marquee.images.dir"), environment.apply("MARQUEE_IMAGES_DIR"));
        if (named != null) {
            return Path.of(named);
        }
        String data = firstSet(environment.apply("MARQUEE_DATA_DIR"), properties.apply("jboss.server.data.dir"));
        if (data == null) {
            throw new IllegalStateException("Set MARQUEE_IMAGES_DIR to the directory where images are kept");
        }
        return Path.of(data, "images");
    }

    private static String firstSet(String first, String second) {
        if (first != null && !first.isBlank()) {
            return first.strip();
        }
        return second == null || second.isBlank() ? null : second.strip();
    }
}
