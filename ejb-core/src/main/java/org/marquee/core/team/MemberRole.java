package org.marquee.core.team;

/** What a member of a venue or artist team may do: owners manage the team, managers run the rest. */
public enum MemberRole {
    OWNER,
    MANAGER
}
