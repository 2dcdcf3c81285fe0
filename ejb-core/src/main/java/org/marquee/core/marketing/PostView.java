package org.marquee.core.marketing;

import java.time.Instant;
import java.util.List;
import org.marquee.core.catalog.EventLink;
import org.marquee.core.media.ImageRef;

/**
 * A post as its public page shows it, and as the editor's preview shows it: the same record
 * through the same page fragment. {@code bodyHtml} is sanitised; every other text is plain. The cover may be null.
 */
public record PostView(
        String title,
        String slug,
        String excerpt,
        String bodyHtml,
        String authorName,
        Instant publishAt,
        Instant updatedAt,
        String seoTitle,
        String seoDescription,
        String categoryName,
        String categorySlug,
        List<EventLink> events,
        ImageRef cover) {

    /** The title for the browser tab and search engines. */
    public String pageTitle() {
        return seoTitle == null ? title : seoTitle;
    }

    /** The description for search engines and link previews. */
    public String description() {
        return seoDescription != null ? seoDescription : excerpt == null ? "" : excerpt;
    }
}
