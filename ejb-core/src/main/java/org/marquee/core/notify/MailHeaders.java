package org.marquee.core.notify;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The extra header fields of one message as the outbox stores them: one {@code Name: value} a
 * line. Names are plain tokens and values single lines, so no value can smuggle in a header of
 * its own; the fields the mailer sets itself cannot be overridden.
 */
final class MailHeaders {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,75}");
    private static final java.util.Set<String> RESERVED = java.util.Set.of(
            "from", "to", "cc", "bcc", "subject", "message-id", "content-type", "content-language", "date", "sender");
    private static final int MAX_VALUE = 2000;

    private MailHeaders() {}

    static String encode(Map<String, String> headers) {
        if (headers == null || headers.isEmpty()) {
            return null;
        }
        StringBuilder encoded = new StringBuilder();
        headers.forEach((name, value) -> {
            check(name, value);
            encoded.append(name).append(": ").append(value.strip()).append('\n');
        });
        return encoded.toString();
    }

    static Map<String, String> decode(String stored) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (stored == null) {
            return headers;
        }
        for (String line : stored.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
        return headers;
    }

    private static void check(String name, String value) {
        if (name == null
                || !NAME.matcher(name).matches()
                || RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("Not a header this outbox sets: " + name);
        }
        if (value == null
                || value.isBlank()
                || value.length() > MAX_VALUE
                || value.contains("\r")
                || value.contains("\n")) {
            throw new IllegalArgumentException("Not a single-line value for " + name);
        }
    }
}
