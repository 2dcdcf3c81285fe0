package org.marquee.core.checkin;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.Set;
import org.marquee.core.team.Scope;
import org.marquee.core.team.TeamKind;

/**
 * Who may scan at a session's door, decided on every request: the holder of a door link of that
 * session that is open now, or a logged-in staff member whose teams cover the session (venue
 * staff: its venue; artist staff: one of its artists; invariant 8). Staff outside it get an empty
 * gate (the door answers NOT_IN_SCOPE); a dead link is DoorTokenRefused; nobody at all is
 * NotAtTheDoor.
 *
 * <p>The scope test is StaffSessions.visible's query, asked here without its exception: a
 * refusal there would mark the scan's transaction for rollback, and a member of both kinds of
 * team is tried against the second kind after the first.
 */
@Stateless
@PermitAll
public class DoorGates {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Scope scope;

    @EJB
    private DoorTokens tokens;

    public Optional<Gate> open(long sessionId, String doorToken) {
        if (doorToken != null) {
            return Optional.of(tokens.pass(doorToken, sessionId));
        }
        String login = scope.caller().orElseThrow(NotAtTheDoor::new);
        for (TeamKind kind : TeamKind.values()) {
            Set<Long> teams = scope.teamIds(kind);
            if (!teams.isEmpty() && covers(kind, teams, sessionId)) {
                return Optional.of(Gate.staff(sessionId, login));
            }
        }
        scope.refuse(TeamKind.VENUE, "door of session", sessionId);
        return Optional.empty();
    }

    private boolean covers(TeamKind kind, Set<Long> teams, long sessionId) {
        String inScope = kind == TeamKind.VENUE
                ? "s.venue.id in :teams"
                : "exists (select a from Event e join e.artists a where e = s.event and a.id in :teams)";
        return !em.createQuery("select s.id from EventSession s where s.id = :id and " + inScope, Long.class)
                .setParameter("id", sessionId)
                .setParameter("teams", teams)
                .getResultList()
                .isEmpty();
    }
}
