package org.marquee.core.checkin;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.marquee.core.identity.AccountLinks;
import org.marquee.core.identity.Role;
import org.marquee.core.order.OrderToken;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.SqlValues;
import org.marquee.core.team.NotInScope;
import org.marquee.core.team.OwnersOnly;
import org.marquee.core.team.Scope;
import org.marquee.core.team.StaffSessions;
import org.marquee.core.team.TeamKind;
import org.marquee.core.team.TeamMembership;

/**
 * Door links: an OWNER of a team the session belongs to (its venue's, or one of its artists')
 * makes one for a session and a time window, lists them with who used them when, and revokes
 * them. Members who are managers see the list. {@link #pass} opens the door for a link's
 * holder, checked again on every request.
 */
@Stateless
public class DoorTokens {

    /** Where a door link points: the validator's page reads the secret after the '#'. */
    public static final String DOOR_PATH = "/door/#";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Scope scope;

    @EJB
    private StaffSessions sessions;

    @EJB
    private AuditTrail audit;

    @RolesAllowed({Role.Names.VENUE, Role.Names.ARTIST})
    public IssuedDoorToken create(TeamKind kind, long sessionId, String label, Instant validFrom, Instant validUntil) {
        requireOwner(kind, sessionId);
        String secret = OrderToken.generate();
        Instant now = clock.instant();
        DoorToken token = InvalidInput.check(
                () -> new DoorToken(sessionId, OrderToken.hash(secret), label, validFrom, validUntil, caller(), now));
        em.persist(token);
        em.flush();
        audit.record(
                AuditAction.CREATE,
                "DoorToken",
                token.id(),
                "Door link \"" + token.label() + "\" for session " + sessionId + " until " + validUntil);
        String link = AccountLinks.from(System::getenv).base() + DOOR_PATH + secret;
        return new IssuedDoorToken(token.id(), secret, link, QrCodes.svg(link));
    }

    @RolesAllowed({Role.Names.VENUE, Role.Names.ARTIST})
    public List<DoorTokenView> list(TeamKind kind, long sessionId) {
        sessions.visible(kind, sessionId);
        List<DoorToken> tokens = em.createQuery(
                        "select t from DoorToken t where t.sessionId = :session order by t.createdAt desc, t.id desc",
                        DoorToken.class)
                .setParameter("session", sessionId)
                .getResultList();
        Map<Long, List<DoorTokenView.DeviceUse>> uses = uses(sessionId);
        Instant now = clock.instant();
        return tokens.stream()
                .map(t -> {
                    List<DoorTokenView.DeviceUse> devices = uses.getOrDefault(t.id(), List.of());
                    return new DoorTokenView(
                            t.id(),
                            t.sessionId(),
                            t.label(),
                            t.validFrom(),
                            t.validUntil(),
                            t.createdBy(),
                            t.createdAt(),
                            t.revokedAt(),
                            t.revokedBy(),
                            t.refusal(t.sessionId(), now) == null,
                            devices.stream()
                                    .mapToLong(DoorTokenView.DeviceUse::scans)
                                    .sum(),
                            devices);
                })
                .toList();
    }

    @RolesAllowed({Role.Names.VENUE, Role.Names.ARTIST})
    public void revoke(TeamKind kind, long tokenId) {
        DoorToken token = em.find(DoorToken.class, tokenId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (token == null) {
            throw scope.refuse(kind, "door token", tokenId);
        }
        try {
            requireOwner(kind, token.sessionId());
        } catch (NotInScope refused) {
            throw scope.refuse(kind, "door token", tokenId);
        }
        if (token.revoke(caller(), clock.instant())) {
            audit.record(AuditAction.UPDATE, "DoorToken", tokenId, "Door link \"" + token.label() + "\" revoked");
        }
    }

    /**
     * The gate a door link opens for this session now, or DoorTokenRefused (unknown, revoked,
     * outside its window, another session's). One indexed read: it runs on every scan.
     */
    @PermitAll
    public Gate pass(String secret, long sessionId) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            throw new DoorTokenRefused(DoorTokenRefused.Reason.UNKNOWN);
        }
        // Read-only: the token is only looked at, so EclipseLink neither copies it into the
        // transaction nor compares it at commit (every scan passes here).
        DoorToken token = em.createQuery("select t from DoorToken t where t.tokenHash = :hash", DoorToken.class)
                .setParameter("hash", OrderToken.hash(secret.strip()))
                .setHint("eclipselink.read-only", "true")
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DoorTokenRefused(DoorTokenRefused.Reason.UNKNOWN));
        DoorTokenRefused.Reason refusal = token.refusal(sessionId, clock.instant());
        if (refusal != null) {
            throw new DoorTokenRefused(refusal);
        }
        return Gate.door(sessionId, token.id(), token.label());
    }

    /** The session a door link opens (for the validator to start with), or DoorTokenRefused. */
    @PermitAll
    public long sessionOf(String secret) {
        DoorToken token = em.createQuery("select t from DoorToken t where t.tokenHash = :hash", DoorToken.class)
                .setParameter("hash", OrderToken.hash(secret == null ? null : secret.strip()))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DoorTokenRefused(DoorTokenRefused.Reason.UNKNOWN));
        return pass(secret, token.sessionId()).sessionId();
    }

    private void requireOwner(TeamKind kind, long sessionId) {
        List<Long> teams = sessions.teamsOf(kind, sessionId);
        List<TeamMembership> mine = scope.teams(kind).stream()
                .filter(t -> teams.contains(t.teamId()))
                .toList();
        if (mine.stream().noneMatch(TeamMembership::isOwner)) {
            throw new OwnersOnly(mine.isEmpty() ? "" : mine.get(0).teamName());
        }
    }

    private Map<Long, List<DoorTokenView.DeviceUse>> uses(long sessionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select door_token_id, device, count(*), min(scanned_at),"
                        + " max(scanned_at) from ticket_scan where session_id = ? and door_token_id is not null"
                        + " group by door_token_id, device order by max(scanned_at) desc")
                .setParameter(1, sessionId)
                .getResultList();
        return rows.stream()
                .collect(Collectors.groupingBy(
                        row -> SqlValues.number(row[0]),
                        Collectors.mapping(
                                row -> new DoorTokenView.DeviceUse(
                                        (String) row[1],
                                        SqlValues.number(row[2]),
                                        SqlValues.instant(row[3]),
                                        SqlValues.instant(row[4])),
                                Collectors.toList())));
    }

    private String caller() {
        return scope.caller().orElseThrow(NotInScope::new);
    }
}
