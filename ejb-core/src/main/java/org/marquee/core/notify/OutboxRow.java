package org.marquee.core.notify;

import java.io.Serializable;
import java.time.Instant;

/** A message of the outbox as the admin's mail page lists it: what was sent to whom and how it went, never its body. */
public record OutboxRow(
        long id,
        Channel channel,
        String recipient,
        String template,
        String language,
        String subject,
        OutboxStatus status,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError)
        implements Serializable {

    static OutboxRow of(OutboxMessage message) {
        return new OutboxRow(
                message.id(),
                message.channel(),
                message.recipient(),
                message.template(),
                message.language(),
                message.subject(),
                message.status(),
                message.attempts(),
                message.createdAt(),
                message.nextAttemptAt(),
                message.sentAt(),
                message.lastError());
    }
}
