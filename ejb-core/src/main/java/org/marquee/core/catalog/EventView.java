package org.marquee.core.catalog;

import java.util.List;
import org.marquee.core.media.ImageRef;

/** An event as its public page shows it; image is null when it has none. */
public record EventView(
        long id,
        String title,
        String slug,
        String description,
        String categoryName,
        String categorySlug,
        EventStatus status,
        List<ArtistLink> artists,
        ImageRef image) {

    public record ArtistLink(String name, String slug) {}

    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }
}
