package org.marquee.core.identity;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An email address as we store and compare it: trimmed and lower-cased. The check is
 * deliberately plain (something@domain.tld, no spaces); the verification email is the real test.
 */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");
    private static final int MAX_LENGTH = 320;

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an email address: " + value);
        }
        value = normalize(value);
    }

    public static boolean isValid(String candidate) {
        if (candidate == null) {
            return false;
        }
        String normalized = normalize(candidate);
        return normalized.length() <= MAX_LENGTH && SHAPE.matcher(normalized).matches();
    }

    /** The form used as the key of logins and throttling, whether or not the address is valid. */
    public static String normalize(String candidate) {
        return candidate == null ? "" : candidate.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
