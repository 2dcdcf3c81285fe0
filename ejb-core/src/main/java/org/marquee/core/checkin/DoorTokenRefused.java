package org.marquee.core.checkin;

import org.marquee.core.platform.DomainException;

/** A door link that no longer (or never) opens the door: unknown, revoked, outside its time window, or for another session. */
public class DoorTokenRefused extends DomainException {

    public enum Reason {
        UNKNOWN,
        REVOKED,
        EXPIRED,
        NOT_YET,
        OTHER_SESSION
    }

    private final Reason reason;

    public DoorTokenRefused(Reason reason) {
        super("door.token." + reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
