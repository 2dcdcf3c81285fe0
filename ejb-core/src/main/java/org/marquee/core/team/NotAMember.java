package org.marquee.core.team;

import org.marquee.core.platform.DomainException;

/** The person a change is about does not belong to the team (or not as an owner, for admins' owner changes). */
public class NotAMember extends DomainException {

    public NotAMember(String teamName) {
        super("team.notMember", teamName);
    }
}
