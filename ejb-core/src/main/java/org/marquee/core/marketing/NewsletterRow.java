package org.marquee.core.marketing;

import java.time.Instant;

/** A newsletter in the panel's list. */
public record NewsletterRow(
        long id, String subject, NewsletterStatus status, Instant updatedAt, Instant sendStartedAt, int queued) {

    static NewsletterRow of(Newsletter n) {
        return new NewsletterRow(n.id(), n.subject(), n.status(), n.updatedAt(), n.sendStartedAt(), n.queued());
    }
}
