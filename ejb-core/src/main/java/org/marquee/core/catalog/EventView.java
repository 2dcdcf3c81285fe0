package org.marquee.core.catalog;

import java.util.List;

/** An event as its public page shows it. */
public record EventView(
        long id,
        String title,
        String slug,
        String description,
        String categoryName,
        String categorySlug,
        EventStatus status,
        List<ArtistLink> artists) {

    public record ArtistLink(String name, String slug) {}

    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }
}
