package org.marquee.core.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When repeated failures lock a login: {@code maxFailures} failures inside {@code window} lock it
 * until the oldest of them leaves the window. The same rule applies to logins that do not exist,
 * so the lock tells nothing about which accounts are real.
 */
public record ThrottlePolicy(int maxFailures, Duration window) {

    public static final ThrottlePolicy LOGIN = new ThrottlePolicy(5, Duration.ofMinutes(15));

    /** Reset mails per address: enough for a lost one, too few to flood a mailbox. */
    public static final ThrottlePolicy PASSWORD_RESET = new ThrottlePolicy(3, Duration.ofHours(1));

    public ThrottlePolicy {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A throttle needs at least one failure and a positive window");
        }
    }

    /** The instant before which no recent failure matters. */
    public Instant windowStart(Instant now) {
        return now.minus(window);
    }

    /**
     * @param recentFailures failures of one login, newest first (older ones are ignored)
     * @return until when the login is locked, or empty when it may try now
     */
    public Optional<Instant> lockedUntil(List<Instant> recentFailures, Instant now) {
        List<Instant> inWindow = recentFailures.stream()
                .filter(failure -> failure.isAfter(windowStart(now)))
                .sorted((a, b) -> b.compareTo(a))
                .toList();
        if (inWindow.size() < maxFailures) {
            return Optional.empty();
        }
        Instant until = inWindow.get(maxFailures - 1).plus(window);
        return until.isAfter(now) ? Optional.of(until) : Optional.empty();
    }
}
