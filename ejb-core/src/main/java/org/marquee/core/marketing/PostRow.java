package org.marquee.core.marketing;

import java.io.Serializable;
import java.time.Instant;

/** A post in the marketing panel's table, with its status as visitors experience it now. */
public record PostRow(
        long id,
        String title,
        String slug,
        PostStatus status,
        Instant publishAt,
        String categoryName,
        String authorName,
        Instant updatedAt)
        implements Serializable {}
