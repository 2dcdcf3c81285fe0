package org.marquee.core.identity;

import java.util.Set;

/**
 * The answer to a password check; a failure never says whether the login or the password was wrong.
 * {@code UNVERIFIED} comes only with the right password, for a self-registered account whose email
 * is not verified yet.
 */
public record LoginResult(Outcome outcome, String email, Set<Role> roles) {

    public enum Outcome {
        SUCCESS,
        INVALID,
        LOCKED,
        UNVERIFIED
    }

    static LoginResult success(User user) {
        return new LoginResult(Outcome.SUCCESS, user.email(), Set.copyOf(user.roles()));
    }

    static LoginResult invalid() {
        return new LoginResult(Outcome.INVALID, null, Set.of());
    }

    static LoginResult locked() {
        return new LoginResult(Outcome.LOCKED, null, Set.of());
    }

    static LoginResult unverified(User user) {
        return new LoginResult(Outcome.UNVERIFIED, user.email(), Set.of());
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
