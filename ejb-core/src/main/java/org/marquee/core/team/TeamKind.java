package org.marquee.core.team;

import org.marquee.core.identity.Role;

/**
 * The two kinds of team a user can belong to: a venue's or an artist's. Each comes with the
 * coarse role that opens its panel, and names its membership entity for the queries.
 */
public enum TeamKind {
    VENUE(Role.VENUE, "VenuePerson", "venue", "Venue"),
    ARTIST(Role.ARTIST, "ArtistPerson", "artist", "Artist");

    private final Role role;
    private final String membershipEntity;
    private final String teamAttribute;
    private final String teamEntity;

    TeamKind(Role role, String membershipEntity, String teamAttribute, String teamEntity) {
        this.role = role;
        this.membershipEntity = membershipEntity;
        this.teamAttribute = teamAttribute;
        this.teamEntity = teamEntity;
    }

    /** The role a member holds while they belong to at least one team of this kind. */
    public Role role() {
        return role;
    }

    /** The entity name of the team (Venue, Artist): the audit trail files team changes under it. */
    public String teamEntity() {
        return teamEntity;
    }

    String membershipEntity() {
        return membershipEntity;
    }

    String teamAttribute() {
        return teamAttribute;
    }
}
