package org.marquee.core.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * How far a session's door has got: tickets checked in out of the tickets expected, and the
 * running count over time (one point per check-in moment, cumulative). Made only from recorded
 * check-ins ({@link CheckInFigures}); a session without any has no progress at all, not zero.
 */
public record CheckInProgress(long checkedIn, long expected, List<Point> overTime) implements Serializable {

    public CheckInProgress {
        overTime = List.copyOf(overTime);
    }

    /** {@code checkedIn} tickets had been checked in at {@code at}. */
    public record Point(Instant at, long checkedIn) implements Serializable {}
}
