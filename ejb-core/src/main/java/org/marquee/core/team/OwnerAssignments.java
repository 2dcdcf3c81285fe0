package org.marquee.core.team;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.marquee.core.catalog.Artists;
import org.marquee.core.identity.NoAccount;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.User;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.platform.InvalidEmail;
import org.marquee.core.venue.Venues;

/**
 * How platform admins give a venue or artist its owners: assign an existing account as owner
 * (a manager of the team is promoted), or remove an owner while another one remains.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class OwnerAssignments {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

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

    public List<TeamMember> owners(TeamKind kind, long teamId) {
        return repository.load(kind, teamId).members().stream()
                .filter(TeamMember::isOwner)
                .toList();
    }

    public TeamMember assign(TeamKind kind, long teamId, String email) {
        if (!EmailAddress.isValid(email)) {
            throw new InvalidEmail(email);
        }
        User user = repository.userByEmail(email).orElseThrow(() -> new NoAccount(EmailAddress.normalize(email)));
        Team team = repository.load(kind, teamId);
        if (team.member(user.id()).filter(TeamMember::isOwner).isPresent()) {
            throw new AlreadyMember(user.email(), team.name());
        }
        if (team.member(user.id()).isPresent()) {
            repository.find(kind, teamId, user.id()).changeRole(MemberRole.OWNER);
        } else {
            repository.join(kind, teamId, user, MemberRole.OWNER, clock.instant());
        }
        audit.record(AuditAction.UPDATE, kind.teamEntity(), teamId, user.email() + " assigned as owner");
        em.flush();
        return repository.find(kind, teamId, user.id()).asMember();
    }

    public void remove(TeamKind kind, long teamId, long userId) {
        TeamMember owner = repository.load(kind, teamId).checkOwnerRemoval(userId);
        repository.leave(repository.find(kind, teamId, userId));
        audit.record(AuditAction.UPDATE, kind.teamEntity(), teamId, owner.email() + " no longer owner");
    }
}
