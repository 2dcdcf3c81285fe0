package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.EmailAddress;

/** The rules of the emailed code: right once, few tries, short life, bound to its challenge. */
class LoginChallengeTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final User user = new User(new EmailAddress("staff@example.org"), "Staff", "hash", Set.of(Role.ADMIN), NOW);
    private final String secret = Secrets.generate();
    private final String code = "042917";
    private final LoginChallenge challenge = LoginChallenge.awaitingCode(user, secret, code, NOW);

    @Test
    void theRightCodePassesOnceAndThePassedChallengeCompletesOnce() {
        assertEquals(CodeCheck.ACCEPTED, challenge.check(secret, code, NOW.plusSeconds(30)));
        assertEquals(CodeCheck.EXPIRED, challenge.check(secret, code, NOW.plusSeconds(31)), "a code works once");

        assertTrue(challenge.complete(NOW.plusSeconds(32)));
        assertFalse(challenge.complete(NOW.plusSeconds(33)), "a challenge opens one session");
    }

    @Test
    void aCodeTypedWithSpacesOrADashStillCounts() {
        assertEquals(CodeCheck.ACCEPTED, challenge.check(secret, " 042 917 ", NOW));
        LoginChallenge other = LoginChallenge.awaitingCode(user, secret, code, NOW);
        assertEquals(CodeCheck.ACCEPTED, other.check(secret, "042-917", NOW));
    }

    @Test
    void aWrongCodeLeavesTheChallengeOpenUntilTheTriesRunOut() {
        for (int attempt = 1; attempt < LoginChallenge.MAX_ATTEMPTS; attempt++) {
            assertEquals(CodeCheck.WRONG, challenge.check(secret, "000000", NOW), "try " + attempt);
        }
        assertEquals(CodeCheck.EXHAUSTED, challenge.check(secret, "111111", NOW));

        assertEquals(CodeCheck.EXHAUSTED, challenge.check(secret, code, NOW), "not even the right code now");
        assertEquals(LoginChallenge.MAX_ATTEMPTS, challenge.attempts(), "an exhausted challenge counts no more");
        assertFalse(challenge.complete(NOW));
    }

    @Test
    void malformedInputIsAWrongCode() {
        assertEquals(CodeCheck.WRONG, challenge.check(secret, null, NOW));
        assertEquals(CodeCheck.WRONG, challenge.check(secret, "42917", NOW));
        assertEquals(CodeCheck.WRONG, challenge.check(secret, "o42917", NOW));
        assertEquals(3, challenge.attempts());
    }

    @Test
    void theCodeExpiresAfterTenMinutes() {
        Instant expiry = NOW.plus(LoginChallenge.CODE_LIFETIME);

        assertEquals(CodeCheck.EXPIRED, challenge.check(secret, code, expiry));
        assertEquals(0, challenge.attempts(), "a late try is no wrong guess");
        assertEquals(Duration.ofMinutes(10), LoginChallenge.CODE_LIFETIME);
    }

    @Test
    void theCodeOnlyMatchesWithTheSecretOfItsOwnChallenge() {
        assertEquals(CodeCheck.WRONG, challenge.check(Secrets.generate(), code, NOW));
        assertNotEquals(OneTimeCode.hash(secret, code), OneTimeCode.hash(Secrets.generate(), code));
    }

    @Test
    void aChallengeWaitingForItsCodeDoesNotCompleteAndAPassedOneLivesBriefly() {
        assertFalse(challenge.complete(NOW), "the password alone opens no session");

        LoginChallenge passed = LoginChallenge.passed(user, secret, NOW);
        assertFalse(passed.awaitsCode());
        assertEquals(CodeCheck.EXPIRED, passed.check(secret, code, NOW), "nothing to type for it");
        assertFalse(passed.complete(NOW.plus(LoginChallenge.PASSED_LIFETIME)));
        assertTrue(LoginChallenge.passed(user, secret, NOW).complete(NOW.plusSeconds(1)));
    }

    @Test
    void anAcceptedCodeMustBeCompletedSoon() {
        challenge.check(secret, code, NOW);

        assertFalse(challenge.complete(NOW.plus(LoginChallenge.PASSED_LIFETIME)));
    }
}
