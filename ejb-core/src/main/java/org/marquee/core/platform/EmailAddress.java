package org.marquee.core.platform;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An email address as we store and compare it: trimmed and lower-cased. The one rule for an
 * address anywhere in the application (sign-up, newsletter, checkout, invitations, imports, the
 * outbox): a local part of letters, digits and the characters RFC 5322 allows unquoted
 * ({@code !#$%&'*+/=?^_`{|}~-}, dots between them), at most 64 long; an {@code @}; a domain of
 * dot-separated labels of letters, digits and inner hyphens whose last label has two letters at
 * least. Letters may be any script's (internationalised addresses). Quotes, angle brackets,
 * spaces, control characters (a NUL byte) and everything else are refused. The verification
 * email remains the real test.
 */
public record EmailAddress(String value) {

    private static final String ATOM = "[\\p{L}\\p{M}\\p{Nd}!#$%&'*+/=?^_`{|}~-]+";
    private static final String LABEL = "[\\p{L}\\p{M}\\p{Nd}](?:[\\p{L}\\p{M}\\p{Nd}-]{0,61}[\\p{L}\\p{M}\\p{Nd}])?";
    private static final Pattern SHAPE = Pattern.compile("(" + ATOM + "(?:\\." + ATOM + ")*)@((?:" + LABEL
            + "\\.)+[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{Nd}-]{0,61}[\\p{L}\\p{M}\\p{Nd}])");
    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_LENGTH = 64;

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
        if (normalized.length() > MAX_LENGTH) {
            return false;
        }
        Matcher shape = SHAPE.matcher(normalized);
        return shape.matches() && shape.group(1).length() <= MAX_LOCAL_LENGTH;
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
