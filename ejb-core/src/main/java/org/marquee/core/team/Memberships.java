package org.marquee.core.team;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.marquee.core.catalog.Artists;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.venue.Venues;

/**
 * A venue's or artist's team as its members run it from their panel: who belongs, changing a
 * member's role, removing a member, leaving. Every call is about a team the caller belongs to
 * ({@link Scope}); the rules are the {@link Team}'s. Invitations are {@link Invitations}', owners
 * assigned by admins {@link OwnerAssignments}'. Every change is in the team's audit trail.
 */
@Stateless
@PermitAll // staff panels only, each call then checked against the caller's teams
public class Memberships {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Scope scope;

    @EJB
    private Venues venues;

    @EJB
    private Artists artists;

    @EJB
    private AuditTrail audit;

    private TeamRepository repository;

    @PostConstruct
    void init() {
        repository = new TeamRepository(em, venues, artists);
    }

    /** The team with its members, for any of its members. */
    @RolesAllowed({Role.Names.VENUE, Role.Names.ARTIST})
    public TeamView team(TeamKind kind, long teamId) {
        TeamMembership mine = scope.require(kind, teamId);
        Team team = repository.load(kind, teamId);
        return new TeamView(kind, teamId, team.name(), mine.role(), team.members());
    }

    @RolesAllowed({Role.Names.VENUE, Role.Names.ARTIST})
    public void changeRole(TeamKind kind, long teamId, long userId, MemberRole role) {
        scope.require(kind, teamId);
        TeamMember target = repository.load(kind, teamId).checkRoleChange(caller(), userId, role);
        repository.find(kind, teamId, userId).changeRole(role);
        audit.record(AuditAction.UPDATE, kind.teamEntity(), teamId, target.email() + " is now " + role);
    }

    @RolesAllowed({Role.Names.VENUE, Role.Names.ARTIST})
    public void remove(TeamKind kind, long teamId, long userId) {
        scope.require(kind, teamId);
        TeamMember target = repository.load(kind, teamId).checkRemoval(caller(), userId);
        repository.leave(repository.find(kind, teamId, userId));
        audit.record(AuditAction.UPDATE, kind.teamEntity(), teamId, target.email() + " removed from the team");
    }

    /** The caller leaves the team; from their next login they no longer see it. */
    @RolesAllowed({Role.Names.VENUE, Role.Names.ARTIST})
    public void leave(TeamKind kind, long teamId) {
        scope.require(kind, teamId);
        TeamMember self = repository.load(kind, teamId).checkLeave(caller());
        repository.leave(repository.find(kind, teamId, self.userId()));
        audit.record(AuditAction.UPDATE, kind.teamEntity(), teamId, self.email() + " left the team");
    }

    private String caller() {
        return scope.caller().orElseThrow(NotInScope::new);
    }
}
