package org.marquee.core.team;

import java.time.Instant;

/** A member as the team page lists them. */
public record TeamMember(long userId, String email, String displayName, MemberRole role, Instant since) {

    public boolean isOwner() {
        return role == MemberRole.OWNER;
    }
}
