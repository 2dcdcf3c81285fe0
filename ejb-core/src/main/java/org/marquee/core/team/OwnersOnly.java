package org.marquee.core.team;

import org.marquee.core.platform.DomainException;

/** A manager tried to change the team: inviting, changing roles and removing members are the owners'. */
public class OwnersOnly extends DomainException {

    public OwnersOnly(String teamName) {
        super("team.ownersOnly", teamName);
    }
}
