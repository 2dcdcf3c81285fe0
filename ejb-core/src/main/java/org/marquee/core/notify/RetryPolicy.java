package org.marquee.core.notify;

import java.time.Duration;
import java.time.Instant;

/**
 * Exponential back-off: after the n-th failed attempt the next one waits {@code base * 2^(n-1)},
 * at most {@code cap}; after {@code maxAttempts} failures the message is given up.
 */
public record RetryPolicy(Duration base, Duration cap, int maxAttempts) {

    public RetryPolicy {
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("The first delay must be positive");
        }
        if (cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("The longest delay cannot be shorter than the first");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("At least one attempt");
        }
    }

    /** Whether a message that has failed this many times is given up. */
    public boolean exhausted(int failedAttempts) {
        return failedAttempts >= maxAttempts;
    }

    /** When to try again after the given number of failed attempts (1 after the first failure). */
    public Instant nextAttempt(int failedAttempts, Instant now) {
        return now.plus(delayAfter(failedAttempts));
    }

    Duration delayAfter(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        // Past 2^30 the product overflows long before the cap matters.
        if (doublings >= 30) {
            return cap;
        }
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
