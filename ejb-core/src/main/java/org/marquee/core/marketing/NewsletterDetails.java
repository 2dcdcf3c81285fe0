package org.marquee.core.marketing;

import java.io.Serializable;

/** A newsletter as its form edits it. */
public record NewsletterDetails(
        long id, String subject, NewsletterTemplate template, String body, NewsletterStatus status)
        implements Serializable {

    static NewsletterDetails of(Newsletter newsletter) {
        return new NewsletterDetails(
                newsletter.id(), newsletter.subject(), newsletter.template(), newsletter.body(), newsletter.status());
    }
}
