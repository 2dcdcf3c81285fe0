package org.marquee.core.team;

import java.util.List;

/** A team as its team page shows it to one of its members. */
public record TeamView(TeamKind kind, long teamId, String teamName, MemberRole callerRole, List<TeamMember> members) {

    public boolean callerIsOwner() {
        return callerRole == MemberRole.OWNER;
    }
}
