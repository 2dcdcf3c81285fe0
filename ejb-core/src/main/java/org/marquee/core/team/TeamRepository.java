package org.marquee.core.team;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Optional;
import org.marquee.core.catalog.Artists;
import org.marquee.core.identity.User;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.platform.NotFound;
import org.marquee.core.venue.Venues;

/**
 * Reads and writes the memberships of either kind of team, and keeps each member's coarse role
 * in step: a user holds VENUE (ARTIST) exactly while they belong to a venue (artist) team, so a
 * new member can open the panel and a member who left the last team no longer can. The teams
 * themselves come from their own areas' services.
 */
final class TeamRepository {

    private final EntityManager em;
    private final Venues venues;
    private final Artists artists;

    TeamRepository(EntityManager em, Venues venues, Artists artists) {
        this.em = em;
        this.venues = venues;
        this.artists = artists;
    }

    Team load(TeamKind kind, long teamId) {
        String name = teamName(kind, teamId);
        var members = em.createQuery(
                        "select m from " + kind.membershipEntity() + " m join fetch m.user where m."
                                + kind.teamAttribute() + ".id = :team",
                        Membership.class)
                .setParameter("team", teamId)
                .getResultStream()
                .map(Membership::asMember)
                .toList();
        return new Team(kind, teamId, name, members);
    }

    String teamName(TeamKind kind, long teamId) {
        return kind == TeamKind.VENUE
                ? venues.find(teamId).name()
                : artists.find(teamId).name();
    }

    Membership find(TeamKind kind, long teamId, long userId) {
        return em.createQuery(
                        "select m from " + kind.membershipEntity() + " m where m." + kind.teamAttribute()
                                + ".id = :team and m.user.id = :user",
                        Membership.class)
                .setParameter("team", teamId)
                .setParameter("user", userId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotAMember(teamName(kind, teamId)));
    }

    Membership join(TeamKind kind, long teamId, User user, MemberRole role, Instant now) {
        Membership membership = kind == TeamKind.VENUE
                ? new VenuePerson(venues.find(teamId), user, role, now)
                : new ArtistPerson(artists.find(teamId), user, role, now);
        em.persist(membership);
        user.grant(kind.role());
        return membership;
    }

    void leave(Membership membership) {
        User user = membership.user();
        TeamKind kind = membership.kind();
        em.remove(membership);
        em.flush();
        long left = em.createQuery(
                        "select count(m) from " + kind.membershipEntity() + " m where m.user = :user", Long.class)
                .setParameter("user", user)
                .getSingleResult();
        if (left == 0) {
            user.revoke(kind.role());
        }
    }

    User user(long id) {
        return Optional.ofNullable(em.find(User.class, id)).orElseThrow(() -> new NotFound("User", id));
    }

    Optional<User> userByEmail(String email) {
        return em.createNamedQuery("User.byEmail", User.class)
                .setParameter("email", EmailAddress.normalize(email))
                .getResultStream()
                .findFirst();
    }
}
