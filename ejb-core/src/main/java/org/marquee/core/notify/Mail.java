package org.marquee.core.notify;

import java.util.Map;

/**
 * An email as the mailer sends it. The outbox id makes its Message-ID, so a copy sent again after
 * a crash carries the same one. {@code headers} are further header fields of this message alone
 * (such as {@code List-Unsubscribe}), never null.
 */
public record Mail(
        Long outboxId,
        String recipient,
        String language,
        String subject,
        String text,
        String html,
        Map<String, String> headers) {

    public Mail {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public Mail(Long outboxId, String recipient, String language, String subject, String text, String html) {
        this(outboxId, recipient, language, subject, text, html, Map.of());
    }
}
