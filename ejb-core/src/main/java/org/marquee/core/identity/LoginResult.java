package org.marquee.core.identity;

import java.util.Set;

/** The answer to a login attempt; a failure never says whether the login or the password was wrong. */
public record LoginResult(Outcome outcome, String email, Set<Role> roles) {

    public enum Outcome {
        SUCCESS,
        INVALID,
        LOCKED
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

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
