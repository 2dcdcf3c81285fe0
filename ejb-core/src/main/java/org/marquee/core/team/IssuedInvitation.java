package org.marquee.core.team;

import java.time.Instant;

/**
 * A new invitation with its token: the only moment the token exists outside the link, since the
 * database keeps its hash. The panel builds the link from it.
 */
public record IssuedInvitation(
        long id,
        TeamKind kind,
        long teamId,
        String teamName,
        String email,
        MemberRole role,
        String token,
        Instant expiresAt) {}
