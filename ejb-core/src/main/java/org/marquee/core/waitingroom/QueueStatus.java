package org.marquee.core.waitingroom;

import java.time.Instant;

/**
 * Where a visitor stands in a session's waiting room.
 *
 * @param state before the on-sale (no place yet), waiting with a place, admitted, or not in this
 *     room (an unknown or another session's ticket, or the room is off: go to the checkout)
 * @param position the visitor's place, from 1 (0 before the draw)
 * @param ahead how many are still ahead of the visitor
 * @param waitSeconds the estimated wait at the room's rate
 * @param salesStart when the session goes on sale (the draw)
 * @param admission the signed admission, once admitted
 * @param admissionExpires when the admission runs out
 */
public record QueueStatus(
        State state,
        long position,
        long ahead,
        long waitSeconds,
        Instant salesStart,
        String admission,
        Instant admissionExpires) {

    public enum State {
        BEFORE_SALE,
        WAITING,
        ADMITTED,
        NOT_IN_ROOM
    }
}
