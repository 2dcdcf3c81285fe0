package org.marquee.core.marketing;

import java.time.Instant;

/**
 * How far a newsletter's sending has got: messages queued in the outbox so far, and of those how
 * many the mail server accepted, how many failed for good and how many are still waiting.
 */
public record SendLog(
        long id,
        String subject,
        NewsletterStatus status,
        Integer batchSize,
        Integer batchSeconds,
        Instant sendStartedAt,
        Instant finishedAt,
        long queued,
        long sent,
        long failed,
        long waiting) {}
