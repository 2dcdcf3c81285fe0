package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.EmailAddress;

/** Mailed links: single use, expiring, told apart when refused. */
class AccountTokenTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

    private final User user = new User(new EmailAddress("buyer@example.org"), "Buyer", "hash", Set.of(Role.BUYER), NOW);

    @Test
    void aLinkWorksOnceAndASecondUseIsToldItWasUsed() {
        AccountToken token = new AccountToken(user, TokenPurpose.RESET_PASSWORD, Secrets.generate(), NOW);

        token.use(NOW.plusSeconds(5));

        assertTrue(token.used());
        LinkRefused again = assertThrows(LinkRefused.class, () -> token.use(NOW.plusSeconds(6)));
        assertEquals(LinkRefused.Reason.USED, again.reason());
        assertEquals("account.link.used", again.messageKey());
    }

    @Test
    void aLinkExpiresAtTheEndOfItsLifetime() {
        AccountToken reset = new AccountToken(user, TokenPurpose.RESET_PASSWORD, Secrets.generate(), NOW);
        AccountToken verify = new AccountToken(user, TokenPurpose.VERIFY_EMAIL, Secrets.generate(), NOW);

        assertDoesNotThrow(() -> reset.checkUsable(NOW.plus(Duration.ofMinutes(59))));
        LinkRefused late = assertThrows(LinkRefused.class, () -> reset.use(NOW.plus(Duration.ofHours(1))));
        assertEquals(LinkRefused.Reason.EXPIRED, late.reason());
        assertFalse(reset.used(), "an expired link stays unused");
        assertEquals(NOW.plus(Duration.ofHours(24)), verify.expiresAt());
    }

    @Test
    void aUsedLinkSaysUsedEvenAfterItExpired() {
        AccountToken token = new AccountToken(user, TokenPurpose.VERIFY_EMAIL, Secrets.generate(), NOW);
        token.use(NOW);

        LinkRefused refused = assertThrows(LinkRefused.class, () -> token.checkUsable(NOW.plus(Duration.ofDays(2))));
        assertEquals(LinkRefused.Reason.USED, refused.reason());
    }
}
