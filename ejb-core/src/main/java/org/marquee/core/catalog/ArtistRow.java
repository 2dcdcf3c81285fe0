package org.marquee.core.catalog;

import java.io.Serializable;
import java.time.Instant;

/** An artist as the admin table lists them. */
public record ArtistRow(long id, String name, String slug, Instant createdAt) implements Serializable {

    static ArtistRow of(Artist artist) {
        return new ArtistRow(artist.id(), artist.name(), artist.slug(), artist.createdAt());
    }
}
