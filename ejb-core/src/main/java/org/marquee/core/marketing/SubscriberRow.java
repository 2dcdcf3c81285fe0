package org.marquee.core.marketing;

import java.time.Instant;

/** A subscriber in the panel's list. */
public record SubscriberRow(
        long id,
        String email,
        String language,
        SubscriberStatus status,
        OptInSource source,
        Instant optedInAt,
        Instant confirmedAt,
        Instant unsubscribedAt) {

    static SubscriberRow of(NewsletterSubscriber s) {
        return new SubscriberRow(
                s.id(),
                s.email(),
                s.language(),
                s.status(),
                s.source(),
                s.optedInAt(),
                s.confirmedAt(),
                s.unsubscribedAt());
    }
}
