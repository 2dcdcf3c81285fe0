package org.marquee.core.team;

/** One team the caller belongs to, and as what: the panels' switcher lists these. */
public record TeamMembership(TeamKind kind, long teamId, String teamName, MemberRole role) {

    public boolean isOwner() {
        return role == MemberRole.OWNER;
    }
}
