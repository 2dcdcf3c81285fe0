package org.marquee.core.marketing;

import java.io.Serializable;
import java.time.Instant;

/** A stored post as its editor shows it besides the draft: its address and its status as visitors see it now. */
public record PostDetails(long id, String slug, String title, Instant publishAt, PostStatus status)
        implements Serializable {

    static PostDetails of(BlogPost post, Instant now) {
        return new PostDetails(post.id(), post.slug(), post.title(), post.publishAt(), post.statusAt(now));
    }
}
