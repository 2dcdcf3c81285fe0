package org.marquee.core.notify;

/** A template rendered in one language: the subject, the plain text and the HTML body. */
public record RenderedMail(String template, String language, String subject, String text, String html) {}
