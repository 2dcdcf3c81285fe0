package org.marquee.core.waitingroom;

import org.marquee.core.platform.DomainException;

/** The session's waiting room is on and the request brought no admission that verifies. */
public class WaitingRoomRequired extends DomainException {

    private final long sessionId;

    public WaitingRoomRequired(long sessionId) {
        super("waitingRoom.required", sessionId);
        this.sessionId = sessionId;
    }

    public long sessionId() {
        return sessionId;
    }
}
