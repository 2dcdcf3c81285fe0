package org.marquee.core.catalog;

import org.marquee.core.media.ImageRef;

/** An artist or venue as the public directories list it: name, address name, where (venues) and picture. */
public record DirectoryEntry(String name, String slug, String place, ImageRef image) {}
