package org.marquee.core.team;

import org.marquee.core.platform.DomainException;

/** The change would leave the team without an owner, and so without anyone to manage it. */
public class LastOwner extends DomainException {

    public LastOwner(String teamName) {
        super("team.lastOwner", teamName);
    }
}
