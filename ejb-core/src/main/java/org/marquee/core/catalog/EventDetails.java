package org.marquee.core.catalog;

import java.io.Serializable;
import java.util.List;

/** An event as its admin form shows it, artists in billing order. */
public record EventDetails(
        long id,
        String title,
        String slug,
        String description,
        long categoryId,
        EventStatus status,
        List<ArtistChoice> artists)
        implements Serializable {

    public EventDetails {
        artists = List.copyOf(artists);
    }

    public boolean draft() {
        return status == EventStatus.DRAFT;
    }

    public boolean published() {
        return status == EventStatus.PUBLISHED;
    }

    public boolean cancelled() {
        return status == EventStatus.CANCELLED;
    }
}
