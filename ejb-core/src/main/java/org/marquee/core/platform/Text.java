package org.marquee.core.platform;

/** Checks for the free text of catalog entities: required or optional, trimmed, bounded. */
public final class Text {

    private Text() {}

    public static String required(String value, String message, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return bounded(value.strip(), maxLength);
    }

    public static String optional(String value, int maxLength) {
        return value == null || value.isBlank() ? null : bounded(value.strip(), maxLength);
    }

    private static String bounded(String value, int maxLength) {
        if (value.length() > maxLength) {
            throw new IllegalArgumentException("At most " + maxLength + " characters");
        }
        return value;
    }
}
