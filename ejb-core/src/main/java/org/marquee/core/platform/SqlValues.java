package org.marquee.core.platform;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;

/**
 * Values to and from native SQL. Instants are bound as UTC {@link OffsetDateTime}s (EclipseLink
 * binds a bare Instant as a serialized object); what comes back depends on the driver.
 */
public final class SqlValues {

    private SqlValues() {}

    public static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        throw new IllegalArgumentException("Not a moment: " + value);
    }

    public static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** "?, ?, ?" for an IN list of n values. */
    public static String placeholders(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("An IN list needs a value");
        }
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
