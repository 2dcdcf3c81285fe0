package org.marquee.core.identity;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * The emailed sign-in code: six random digits. Its stored hash is keyed by the secret of its login
 * challenge, which is itself stored only as a hash: a copy of the database cannot be searched for
 * the code, although a million codes would be quick to try against a plain hash.
 */
public final class OneTimeCode {

    public static final int DIGITS = 6;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("\\d{" + DIGITS + "}");

    private OneTimeCode() {}

    public static String generate() {
        return String.format("%0" + DIGITS + "d", RANDOM.nextInt(1_000_000));
    }

    /** The code as typed, without spaces (mail clients and people group digits); null stays null. */
    public static String normalize(String typed) {
        return typed == null ? null : typed.replaceAll("[\\s-]", "");
    }

    public static boolean isWellFormed(String code) {
        return code != null && SHAPE.matcher(code).matches();
    }

    static String hash(String challengeSecret, String code) {
        return Secrets.sha256(challengeSecret + ":" + code);
    }
}
