package org.marquee.core.catalog;

import java.io.Serializable;
import java.time.ZonedDateTime;

/**
 * An event as the admin list shows it: its first session and its next one (both in their
 * venue's zone; null when there is none) and how many sessions it has.
 */
public record EventRow(
        long id,
        String title,
        String slug,
        String categoryName,
        EventStatus status,
        long sessions,
        ZonedDateTime firstSession,
        ZonedDateTime nextSession)
        implements Serializable {}
