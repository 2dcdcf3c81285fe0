package org.marquee.systemtest.boundary;

import org.marquee.core.catalog.ArtistView;

/** A backing bean as WebBoundaryTest lets it be: it reads a record. */
public class ViewAtTheBoundary {

    public String name(ArtistView artist) {
        return artist.name();
    }
}
