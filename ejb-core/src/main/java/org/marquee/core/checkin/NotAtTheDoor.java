package org.marquee.core.checkin;

import org.marquee.core.platform.DomainException;

/** A scan without a login or a door link: the door is for staff and door links only. */
public class NotAtTheDoor extends DomainException {

    public NotAtTheDoor() {
        super("door.notAuthenticated");
    }
}
