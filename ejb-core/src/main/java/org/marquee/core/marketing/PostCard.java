package org.marquee.core.marketing;

import java.time.Instant;
import org.marquee.core.media.ImageRef;

/** A post in a public list: plain texts and the cover (or null), no body. */
public record PostCard(
        String title,
        String slug,
        String excerpt,
        String authorName,
        Instant publishAt,
        String categoryName,
        String categorySlug,
        ImageRef cover) {

    /** As the public lists' query selects it: the cover's id and size, or nulls. */
    public PostCard(
            String title,
            String slug,
            String excerpt,
            String authorName,
            Instant publishAt,
            String categoryName,
            String categorySlug,
            Long coverId,
            Integer coverWidth,
            Integer coverHeight) {
        this(
                title,
                slug,
                excerpt,
                authorName,
                publishAt,
                categoryName,
                categorySlug,
                coverId == null ? null : new ImageRef(coverId, coverWidth, coverHeight));
    }
}
