package org.marquee.core.waitingroom;

import java.time.Duration;

/** How far a room admits: the arithmetic of {@link WaitingRooms}, apart so that it can be tested alone. */
final class Admitting {

    private Admitting() {}

    /**
     * The admitted count after {@code elapsed} at {@code perMinute}: it grows by the rate, and
     * never past the last place given (an empty room saves up nothing for a later surge).
     */
    static double through(double admittedThrough, long lastPosition, int perMinute, Duration elapsed) {
        double grown = admittedThrough + perMinute * (elapsed.toMillis() / 60_000.0);
        return Math.max(admittedThrough, Math.min(lastPosition, grown));
    }
}
