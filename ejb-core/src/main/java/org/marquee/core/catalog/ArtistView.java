package org.marquee.core.catalog;

/** An artist as their public page shows them. */
public record ArtistView(long id, String name, String slug, String bio) {}
