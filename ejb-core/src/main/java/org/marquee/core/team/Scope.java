package org.marquee.core.team;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Which venues and artists the caller belongs to, read from the caller of the EJB call (the
 * login that Jakarta Security established), never from a parameter. Every venue- and
 * artist-panel service asks here first and refuses with {@link NotInScope} what lies outside;
 * each refusal is logged with who asked for what.
 */
@Stateless
public class Scope {

    private static final Logger LOG = Logger.getLogger(Scope.class.getName());
    private static final String ANONYMOUS = "anonymous";

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    /** The caller's login (their email), or empty for an anonymous call. */
    public Optional<String> caller() {
        Principal principal = context.getCallerPrincipal();
        return principal == null || ANONYMOUS.equals(principal.getName())
                ? Optional.empty()
                : Optional.of(principal.getName());
    }

    /** The caller's teams of one kind, by name. */
    public List<TeamMembership> teams(TeamKind kind) {
        Optional<String> caller = caller();
        if (caller.isEmpty()) {
            return List.of();
        }
        String team = "m." + kind.teamAttribute();
        return em.createQuery(
                        "select " + team + ".id, " + team + ".name, m.role from " + kind.membershipEntity()
                                + " m where m.user.email = :email order by " + team + ".name, " + team + ".id",
                        Object[].class)
                .setParameter("email", caller.get())
                .getResultStream()
                .map(row -> new TeamMembership(kind, (Long) row[0], (String) row[1], (MemberRole) row[2]))
                .toList();
    }

    public Set<Long> teamIds(TeamKind kind) {
        return teams(kind).stream().map(TeamMembership::teamId).collect(Collectors.toUnmodifiableSet());
    }

    /** The caller's membership of this team, or NotInScope. */
    public TeamMembership require(TeamKind kind, long teamId) {
        return teams(kind).stream()
                .filter(team -> team.teamId() == teamId)
                .findFirst()
                .orElseThrow(() -> refuse(kind, kind.teamEntity(), teamId));
    }

    /** Logs the refusal (who asked for what) and returns the exception to throw. */
    public NotInScope refuse(TeamKind kind, String what, Object id) {
        String who = caller().orElse(ANONYMOUS);
        LOG.warning(() -> "Not in scope: " + who + " asked for " + what + " " + id + " in the "
                + kind.name().toLowerCase() + " panel");
        return new NotInScope();
    }
}
