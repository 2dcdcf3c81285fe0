package org.marquee.core.identity;

/**
 * What follows a password: a session at once ({@code READY}), the emailed code
 * ({@code CODE_SENT}), or a refusal. The secret names the login challenge; the browser carries it
 * to the next step.
 */
public record SignInStep(Outcome outcome, String challenge) {

    public enum Outcome {
        READY,
        CODE_SENT,
        INVALID,
        LOCKED,
        UNVERIFIED
    }

    static SignInStep ready(String challenge) {
        return new SignInStep(Outcome.READY, challenge);
    }

    static SignInStep codeSent(String challenge) {
        return new SignInStep(Outcome.CODE_SENT, challenge);
    }

    static SignInStep refused(Outcome outcome) {
        return new SignInStep(outcome, null);
    }
}
