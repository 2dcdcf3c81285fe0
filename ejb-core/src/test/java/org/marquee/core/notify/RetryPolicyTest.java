package org.marquee.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(60), Duration.ofHours(1), 10);

    @Test
    void theDelayDoublesAfterEachFailureUpToTheCap() {
        assertEquals(Duration.ofSeconds(60), policy.delayAfter(1));
        assertEquals(Duration.ofSeconds(120), policy.delayAfter(2));
        assertEquals(Duration.ofSeconds(240), policy.delayAfter(3));
        assertEquals(Duration.ofSeconds(1920), policy.delayAfter(6));
        assertEquals(Duration.ofHours(1), policy.delayAfter(7));
        assertEquals(Duration.ofHours(1), policy.delayAfter(1000), "no overflow");
    }

    @Test
    void theNextAttemptIsTheDelayAfterNow() {
        Instant now = Instant.parse("2026-05-01T10:00:00Z");
        assertEquals(Instant.parse("2026-05-01T10:04:00Z"), policy.nextAttempt(3, now));
    }

    @Test
    void aMessageIsGivenUpAfterItsLastAttempt() {
        assertFalse(policy.exhausted(9));
        assertTrue(policy.exhausted(10));
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RetryPolicy(Duration.ZERO, Duration.ofHours(1), 3));
        assertThrows(
                IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(5), Duration.ofMinutes(1), 3));
        assertThrows(
                IllegalArgumentException.class, () -> new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(5), 0));
    }
}
