package org.marquee.core.catalog;

import java.io.Serializable;

/** An artist as the admin form edits them. */
public record ArtistDetails(long id, String name, String slug, String bio) implements Serializable {

    static ArtistDetails of(Artist artist) {
        return new ArtistDetails(artist.id(), artist.name(), artist.slug(), artist.bio());
    }
}
