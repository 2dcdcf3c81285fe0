package org.marquee.systemtest.boundary;

import org.marquee.core.catalog.Artist;

/** A backing bean as WebBoundaryTest must refuse it: it reads an entity. */
public class EntityAtTheBoundary {

    public String name(Artist artist) {
        return artist.name();
    }
}
