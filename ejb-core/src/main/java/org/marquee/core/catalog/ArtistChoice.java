package org.marquee.core.catalog;

import java.io.Serializable;

/** An artist as a picker offers it. */
public record ArtistChoice(long id, String name) implements Serializable {

    static ArtistChoice of(Artist artist) {
        return new ArtistChoice(artist.id(), artist.name());
    }
}
