package org.marquee.core.notify;

/**
 * An email as the mailer sends it. The outbox id makes its Message-ID, so a copy sent again after
 * a crash carries the same one.
 */
public record Mail(Long outboxId, String recipient, String language, String subject, String text, String html) {}
