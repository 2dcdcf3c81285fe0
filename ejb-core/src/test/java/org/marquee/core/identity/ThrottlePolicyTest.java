package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
    private final ThrottlePolicy policy = new ThrottlePolicy(3, Duration.ofMinutes(15));

    @Test
    void fewerFailuresThanTheLimitDoNotLock() {
        assertTrue(
                policy.lockedUntil(List.of(minutesAgo(1), minutesAgo(2)), NOW).isEmpty());
    }

    @Test
    void theLimitInsideTheWindowLocksUntilTheOldestOfThemLeavesIt() {
        List<Instant> failures = List.of(minutesAgo(1), minutesAgo(5), minutesAgo(10));

        assertEquals(Optional.of(minutesAgo(10).plus(Duration.ofMinutes(15))), policy.lockedUntil(failures, NOW));
    }

    @Test
    void failuresOutsideTheWindowDoNotCount() {
        List<Instant> failures = List.of(minutesAgo(1), minutesAgo(2), minutesAgo(16), minutesAgo(20));

        assertTrue(policy.lockedUntil(failures, NOW).isEmpty());
    }

    @Test
    void onlyTheNewestFailuresDecideTheLockWhateverTheOrderGiven() {
        List<Instant> failures = List.of(minutesAgo(14), minutesAgo(2), minutesAgo(1), minutesAgo(3));

        assertEquals(Optional.of(minutesAgo(3).plus(Duration.ofMinutes(15))), policy.lockedUntil(failures, NOW));
    }

    @Test
    void theLockEndsByItself() {
        List<Instant> failures = List.of(minutesAgo(1), minutesAgo(5), minutesAgo(10));
        Instant later = NOW.plus(Duration.ofMinutes(6));

        assertTrue(policy.lockedUntil(failures, later).isEmpty());
    }

    @Test
    void aLoginLocksOnTheFifthFailureInAQuarterOfAnHourNotTheFourth() {
        List<Instant> four = List.of(minutesAgo(1), minutesAgo(4), minutesAgo(8), minutesAgo(14));
        List<Instant> five = List.of(minutesAgo(1), minutesAgo(4), minutesAgo(8), minutesAgo(12), minutesAgo(14));

        assertTrue(ThrottlePolicy.LOGIN.lockedUntil(four, NOW).isEmpty());
        assertEquals(
                Optional.of(minutesAgo(14).plus(Duration.ofMinutes(15))), ThrottlePolicy.LOGIN.lockedUntil(five, NOW));
        assertTrue(
                ThrottlePolicy.LOGIN
                        .lockedUntil(five, NOW.plus(Duration.ofMinutes(2)))
                        .isEmpty(),
                "the oldest failure left the quarter of an hour");
    }

    @Test
    void resetMailsStopAtTheFourthInAnHour() {
        List<Instant> three = List.of(minutesAgo(5), minutesAgo(30), minutesAgo(59));

        assertTrue(ThrottlePolicy.PASSWORD_RESET.lockedUntil(three, NOW).isPresent());
        assertTrue(ThrottlePolicy.PASSWORD_RESET
                .lockedUntil(three.subList(0, 2), NOW)
                .isEmpty());
    }

    @Test
    void aPolicyNeedsALimitAndAWindow() {
        assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new ThrottlePolicy(3, Duration.ZERO));
    }

    private static Instant minutesAgo(int minutes) {
        return NOW.minus(Duration.ofMinutes(minutes));
    }
}
