package org.marquee.core.inventory;

import org.marquee.core.platform.DomainException;

/** Places were asked of a section that is not a standing section of the order's session. */
public class NotStandingSection extends DomainException {

    public NotStandingSection(long sectionId, long sessionId) {
        super("inventory.notStanding", sectionId, sessionId);
    }
}
