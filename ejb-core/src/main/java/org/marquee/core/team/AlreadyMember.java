package org.marquee.core.team;

import org.marquee.core.platform.DomainException;

public class AlreadyMember extends DomainException {

    public AlreadyMember(String email, String teamName) {
        super("team.alreadyMember", email, teamName);
    }
}
