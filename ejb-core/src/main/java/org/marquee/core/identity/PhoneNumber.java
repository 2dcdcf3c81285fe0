package org.marquee.core.identity;

import java.util.regex.Pattern;

/**
 * A phone number for SMS in E.164 form: a plus, a country code and at most 15 digits in all
 * ({@code +4930123456}). Spaces, dashes, dots and brackets people type are dropped; anything else
 * is refused, since an SMS provider would refuse it later.
 */
public record PhoneNumber(String value) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s().\\-/]");

    public PhoneNumber {
        if (!isValid(value)) {
            throw new IllegalArgumentException("Not an E.164 phone number: " + value);
        }
        value = normalize(value);
    }

    public static boolean isValid(String candidate) {
        return candidate != null && E164.matcher(normalize(candidate)).matches();
    }

    static String normalize(String candidate) {
        return SEPARATORS.matcher(candidate.strip()).replaceAll("");
    }

    /** The number typed in a form: empty means none; anything else must be valid. */
    public static PhoneNumber ofOptional(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (!isValid(typed)) {
            throw new InvalidPhone(typed);
        }
        return new PhoneNumber(typed);
    }

    @Override
    public String toString() {
        return value;
    }
}
