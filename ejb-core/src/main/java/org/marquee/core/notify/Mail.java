package org.marquee.core.notify;

import java.util.List;
import java.util.Map;

/**
 * An email as the mailer sends it. The outbox id makes its Message-ID, so a copy sent again after
 * a crash carries the same one. {@code headers} are further header fields of this message alone
 * (such as {@code List-Unsubscribe}), never null; {@code attachments} the files it carries, never
 * null.
 */
public record Mail(
        Long outboxId,
        String recipient,
        String language,
        String subject,
        String text,
        String html,
        Map<String, String> headers,
        List<MailAttachment> attachments) {

    public Mail {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public Mail(
            Long outboxId,
            String recipient,
            String language,
            String subject,
            String text,
            String html,
            Map<String, String> headers) {
        this(outboxId, recipient, language, subject, text, html, headers, List.of());
    }

    public Mail(Long outboxId, String recipient, String language, String subject, String text, String html) {
        this(outboxId, recipient, language, subject, text, html, Map.of(), List.of());
    }

    /** This mail with the files added. */
    public Mail with(List<MailAttachment> files) {
        if (files.isEmpty()) {
            return this;
        }
        List<MailAttachment> all = new java.util.ArrayList<>(attachments);
        all.addAll(files);
        return new Mail(outboxId, recipient, language, subject, text, html, headers, all);
    }
}
