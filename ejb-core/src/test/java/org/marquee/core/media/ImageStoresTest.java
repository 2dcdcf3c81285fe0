package org.marquee.core.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ImageStoresTest {

    @Test
    void theSystemPropertyWinsThenTheEnvironment() {
        assertEquals(
                Path.of("/srv/a"),
                ImageStores.directory(
                        from(Map.of("marquee.images.dir", "/srv/a")), from(Map.of("MARQUEE_IMAGES_DIR", "/srv/b"))));
        assertEquals(
                Path.of("/srv/b"),
                ImageStores.directory(from(Map.of()), from(Map.of("MARQUEE_IMAGES_DIR", " /srv/b "))));
    }

    @Test
    void withoutEitherImagesLiveBesideTheDataOrInTheServersDataDirectory() {
        assertEquals(
                Path.of("/home/me/.marquee/images"),
                ImageStores.directory(
                        from(Map.of("jboss.server.data.dir", "/opt/wildfly/data")),
                        from(Map.of("MARQUEE_DATA_DIR", "/home/me/.marquee"))));
        assertEquals(
                Path.of("/opt/wildfly/data/images"),
                ImageStores.directory(from(Map.of("jboss.server.data.dir", "/opt/wildfly/data")), from(Map.of())));
        assertThrows(IllegalStateException.class, () -> ImageStores.directory(from(Map.of()), from(Map.of())));
    }

    private static UnaryOperator<String> from(Map<String, String> values) {
        return values::get;
    }
}
