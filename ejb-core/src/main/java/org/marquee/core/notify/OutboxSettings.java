package org.marquee.core.notify;

import java.time.Duration;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * How often the dispatcher looks for due messages and how it retries, from the server's
 * environment: {@code MARQUEE_OUTBOX_POLL_MILLIS} (default 2000), {@code MARQUEE_OUTBOX_RETRY_SECONDS}
 * (the first back-off, default 60, doubling up to an hour) and {@code MARQUEE_OUTBOX_MAX_ATTEMPTS}
 * (default 10, about four hours of trying). A value that is not a positive number keeps the default.
 */
public record OutboxSettings(Duration pollInterval, RetryPolicy retryPolicy) {

    static final long DEFAULT_POLL_MILLIS = 2000;
    static final long DEFAULT_RETRY_SECONDS = 60;
    static final int DEFAULT_MAX_ATTEMPTS = 10;
    static final Duration LONGEST_DELAY = Duration.ofHours(1);

    private static final Logger LOG = Logger.getLogger(OutboxSettings.class.getName());

    public static OutboxSettings from(Function<String, String> environment) {
        long poll = positive(environment, "MARQUEE_OUTBOX_POLL_MILLIS", DEFAULT_POLL_MILLIS);
        long retry = positive(environment, "MARQUEE_OUTBOX_RETRY_SECONDS", DEFAULT_RETRY_SECONDS);
        long attempts = positive(environment, "MARQUEE_OUTBOX_MAX_ATTEMPTS", DEFAULT_MAX_ATTEMPTS);
        Duration base = Duration.ofSeconds(retry);
        return new OutboxSettings(
                Duration.ofMillis(poll),
                new RetryPolicy(
                        base, base.compareTo(LONGEST_DELAY) > 0 ? base : LONGEST_DELAY, (int) Math.min(attempts, 100)));
    }

    private static long positive(Function<String, String> environment, String name, long fallback) {
        String value = environment.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long parsed = Long.parseLong(value.strip());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        LOG.warning(() -> name + "=" + value + " is not a positive number; using " + fallback);
        return fallback;
    }
}
