package org.marquee.core.team;

import java.time.Instant;

/** An invitation not yet accepted, as the team page lists it. */
public record PendingInvitation(long id, String email, MemberRole role, String invitedBy, Instant expiresAt) {}
