package org.marquee.core.catalog;

import java.io.Serializable;

/** An event named from elsewhere (a blog post): enough to show and link it. */
public record EventLink(long id, String title, String slug) implements Serializable {}
