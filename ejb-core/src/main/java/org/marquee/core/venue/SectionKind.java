package org.marquee.core.venue;

/** A standing section sells places up to its capacity; a seated one sells its seats. */
public enum SectionKind {
    STANDING,
    SEATED
}
