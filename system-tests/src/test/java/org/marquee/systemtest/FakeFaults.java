package org.marquee.systemtest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The failures and delays a test asked a provider fake to play on its next calls, one call each. */
final class FakeFaults {

    private final Map<FakeOperation, Integer> failures = new EnumMap<>(FakeOperation.class);
    private final Map<FakeOperation, Integer> repeats = new EnumMap<>(FakeOperation.class);
    private final Map<FakeOperation, Duration> delays = new EnumMap<>(FakeOperation.class);
    private final Map<FakeOperation, Integer> delayRepeats = new EnumMap<>(FakeOperation.class);

    synchronized void failNext(FakeOperation operation, int httpStatus) {
        failures.put(operation, httpStatus);
        repeats.remove(operation);
    }

    /** The next {@code times} calls of the operation fail with the status. */
    synchronized void failNext(FakeOperation operation, int httpStatus, int times) {
        failures.put(operation, httpStatus);
        repeats.put(operation, times);
    }

    synchronized void delayNext(FakeOperation operation, Duration delay) {
        delays.put(operation, delay);
        delayRepeats.remove(operation);
    }

    /** The next {@code times} calls of the operation are delayed, each by {@code delay}. */
    synchronized void delayNext(FakeOperation operation, Duration delay, int times) {
        delays.put(operation, delay);
        delayRepeats.put(operation, times);
    }

    /** The status the next call of one of these operations must fail with, consumed. */
    synchronized Optional<Integer> failure(FakeOperation... operations) {
        for (FakeOperation operation : operations) {
            Integer status = failures.remove(operation);
            if (status != null) {
                int left = repeats.getOrDefault(operation, 1) - 1;
                if (left > 0) {
                    failures.put(operation, status);
                    repeats.put(operation, left);
                } else {
                    repeats.remove(operation);
                }
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** Sleeps as long as asked for the next call of one of these operations, then lets it run. */
    void delay(FakeOperation... operations) {
        Duration delay = null;
        synchronized (this) {
            for (FakeOperation operation : operations) {
                delay = delays.remove(operation);
                if (delay != null) {
                    int left = delayRepeats.getOrDefault(operation, 1) - 1;
                    if (left > 0) {
                        delays.put(operation, delay);
                        delayRepeats.put(operation, left);
                    } else {
                        delayRepeats.remove(operation);
                    }
                    break;
                }
            }
        }
        if (delay != null) {
            Waits.latency(delay);
        }
    }

    synchronized void clear() {
        failures.clear();
        repeats.clear();
        delays.clear();
        delayRepeats.clear();
    }
}
