package org.marquee.core.notify;

/** A text message as the SMS sender sends it: to an E.164 number, plain text. */
public record TextMessage(Long outboxId, String recipient, String language, String text) {}
