package org.marquee.systemtest;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The one place tests wait. A test never sleeps for a guessed time: it waits until what it
 * expects is there ({@link #until}), or checks that nothing more arrives for a while
 * ({@link #stays}), and each wait says what it waits for, so a failure names it. Fakes that play
 * a slow provider use {@link #latency}.
 */
public final class Waits {

    private static final Duration POLL = Duration.ofMillis(50);

    private Waits() {}

    /** Something a test reads, which may throw what reading throws (SQL, mail, HTTP). */
    @FunctionalInterface
    public interface Probe<T> {
        T read() throws Exception;
    }

    /** A condition a test polls. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls until the condition holds; fails naming {@code what} when it does not within the time. */
    public static void until(String what, Duration timeout, Condition condition) {
        until(what, timeout, condition::holds, Boolean.TRUE::equals);
    }

    /**
     * Polls the probe until its value passes {@code done}, and answers that value; fails naming
     * {@code what} and the last value read when none did within the time.
     */
    public static <T> T until(String what, Duration timeout, Probe<T> probe, Predicate<? super T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = read(probe, what);
        while (!done.test(last)) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("Not within " + timeout + ": " + what + " (last seen: " + last + ")");
            }
            pause(POLL);
            last = read(probe, what);
        }
        return last;
    }

    /**
     * Checks that the probe keeps answering {@code expected} for the whole period (nothing more
     * arrives, nothing changes); fails as soon as it answers something else.
     */
    public static <T> void stays(String what, Duration period, Probe<T> probe, T expected) {
        long end = System.nanoTime() + period.toNanos();
        do {
            T now = read(probe, what);
            if (expected instanceof Number && now instanceof Number && expected.getClass() != now.getClass()) {
                // A Long probe against an int literal never matches: say so instead of "saw 0".
                throw new AssertionError(
                        what + ": the probe answers a " + now.getClass().getSimpleName() + ", the expectation is a "
                                + expected.getClass().getSimpleName());
            }
            if (!Objects.equals(expected, now)) {
                throw new AssertionError(what + ": expected " + expected + " throughout " + period + ", saw " + now);
            }
            pause(POLL);
        } while (System.nanoTime() - end < 0);
    }

    /** Plays the time a slow remote party takes to answer (in fakes; never to wait for a result). */
    public static void latency(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            // The fake is being stopped: answer at once.
            Thread.currentThread().interrupt();
        }
    }

    private static <T> T read(Probe<T> probe, String what) {
        try {
            return probe.read();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("Reading failed while waiting for " + what, e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting", e);
        }
    }
}
