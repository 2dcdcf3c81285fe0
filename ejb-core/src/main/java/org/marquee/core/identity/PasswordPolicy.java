package org.marquee.core.identity;

/**
 * What a new password must be. Length over composition rules, as NIST SP 800-63B advises; an
 * upper bound keeps PBKDF2 from being fed megabytes.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 10;
    public static final int MAXIMUM_LENGTH = 200;

    private PasswordPolicy() {}

    public static void check(String password) {
        if (password == null || password.strip().length() < MINIMUM_LENGTH || password.length() > MAXIMUM_LENGTH) {
            throw new WeakPassword(MINIMUM_LENGTH);
        }
    }
}
