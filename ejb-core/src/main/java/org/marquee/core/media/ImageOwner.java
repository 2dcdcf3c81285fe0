package org.marquee.core.media;

import org.marquee.core.catalog.Artist;
import org.marquee.core.catalog.Event;
import org.marquee.core.marketing.BlogPost;
import org.marquee.core.venue.Venue;

/** The kinds of record that have a picture (a blog post's is its cover), by the name the audit trail gives them. */
public enum ImageOwner {
    ARTIST(Artist.class, "Artist"),
    EVENT(Event.class, "Event"),
    VENUE(Venue.class, "Venue"),
    POST(BlogPost.class, "BlogPost");

    private final Class<? extends Illustrated> type;
    private final String auditName;

    ImageOwner(Class<? extends Illustrated> type, String auditName) {
        this.type = type;
        this.auditName = auditName;
    }

    Class<? extends Illustrated> type() {
        return type;
    }

    String auditName() {
        return auditName;
    }
}
