package org.marquee.core.marketing;

/** What an editor writes in a post: plain-text title, excerpt and SEO texts, and an HTML body. */
public record PostContent(String title, String excerpt, String body, String seoTitle, String seoDescription) {}
