package org.marquee.gateway;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed in one session since its last push, gathered during the push window of {@link
 * AvailabilityPush}: the union of the seats (or "the whole session"), and whether a push is due.
 * {@link #sending} is held while a push reads and sends, so pushes of a session go out in the
 * order they read.
 */
final class SessionChanges {

    /** The seats to read and send, or all of them. */
    record Batch(List<Long> seatIds, boolean wholeSession) {}

    final Object sending = new Object();

    private final Set<Long> seatIds = new LinkedHashSet<>();
    private boolean wholeSession;
    private boolean due;

    /** Adds a change; true if no push was due yet, so the caller must schedule one. */
    synchronized boolean add(Collection<Long> seats, boolean whole) {
        seatIds.addAll(seats);
        wholeSession |= whole;
        boolean schedule = !due;
        due = true;
        return schedule;
    }

    /** What gathered so far, to push now; what comes after goes to the next push. */
    synchronized Batch take() {
        Batch batch = new Batch(List.copyOf(seatIds), wholeSession);
        seatIds.clear();
        wholeSession = false;
        due = false;
        return batch;
    }

    /** Nothing gathered and no push due: the session's entry can go. */
    synchronized boolean idle() {
        return !due;
    }
}
