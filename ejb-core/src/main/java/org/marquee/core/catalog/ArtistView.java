package org.marquee.core.catalog;

import org.marquee.core.media.ImageRef;

/** An artist as their public page shows them; image is null when they have none. */
public record ArtistView(long id, String name, String slug, String bio, ImageRef image) {}
