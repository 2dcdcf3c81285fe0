package org.marquee.core.team;

import java.time.Instant;

/** What the invitation page shows the logged-in invitee before they accept. */
public record InvitationView(TeamKind kind, String teamName, MemberRole role, String invitedBy, Instant expiresAt) {}
