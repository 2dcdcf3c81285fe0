package org.marquee.core.catalog;

/** Drafts are invisible to the public; a cancelled event stays visible as cancelled. */
public enum EventStatus {
    DRAFT,
    PUBLISHED,
    CANCELLED
}
