package org.marquee.core.team;

import jakarta.annotation.PostConstruct;
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
import java.util.Locale;
import org.marquee.core.catalog.Artists;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.User;
import org.marquee.core.notify.Outbox;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.platform.InvalidEmail;
import org.marquee.core.venue.Venues;

/**
 * Owners invite people into their team by email (the link goes out through the outbox); the
 * invitee accepts through the link while
 * logged in with the account of that address. A link works once and for {@link
 * Invitation#VALID_FOR}; inviting the same address again replaces the earlier link. A refused
 * acceptance ({@link InvitationRefused}, {@link AlreadyMember}) changes nothing.
 */
@Stateless
@PermitAll // preview and accept: whoever holds the link (accept needs a login)
public class Invitations {

    private static final String OPEN = " and i.acceptedAt is null and i.revokedAt is null and i.expiresAt > :now";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private Scope scope;

    @EJB
    private Venues venues;

    @EJB
    private Artists artists;

    @EJB
    private AuditTrail audit;

    @EJB
    private Outbox outbox;

    private TeamRepository repository;

    @PostConstruct
    void init() {
        repository = new TeamRepository(em, venues, artists);
    }

    /**
     * An owner invites an address as OWNER or MANAGER. The invitation email goes out through the
     * outbox in the same transaction; the result carries the link's token too.
     *
     * @param linkBase the invitation page's address up to the token, such as
     *     {@code https://example.org/venue/invitation.xhtml?token=}: the panel knows where it runs
     * @param language the language of the email (the inviting owner's, as the invitee's is unknown)
     */
    @RolesAllowed({Role.Names.VENUE, Role.Names.ARTIST})
    public IssuedInvitation issue(
            TeamKind kind, long teamId, String email, MemberRole role, String linkBase, Locale language) {
        scope.require(kind, teamId);
        if (!EmailAddress.isValid(email)) {
            throw new InvalidEmail(email);
        }
        EmailAddress address = new EmailAddress(email);
        Team team = repository.load(kind, teamId);
        String caller = scope.caller().orElseThrow(NotInScope::new);
        team.checkInvite(caller, address);
        Instant now = clock.instant();
        open(kind, teamId).stream()
                .filter(i -> i.email().equals(address.value()))
                .forEach(i -> i.revoke(now));
        String token = InvitationToken.generate();
        User inviter = repository.userByEmail(caller).orElse(null);
        Invitation invitation = kind == TeamKind.VENUE
                ? Invitation.toVenue(venues.find(teamId), address, role, InvitationToken.hash(token), inviter, now)
                : Invitation.toArtist(artists.find(teamId), address, role, InvitationToken.hash(token), inviter, now);
        em.persist(invitation);
        em.flush();
        InvitationMail.enqueue(outbox, invitation, team.name(), caller, link(linkBase, token), language);
        audit.record(AuditAction.UPDATE, kind.teamEntity(), teamId, address.value() + " invited as " + role);
        return new IssuedInvitation(
                invitation.id(), kind, teamId, team.name(), address.value(), role, token, invitation.expiresAt());
    }

    /** Invitations not yet accepted, revoked or expired, for any member of the team. */
    @RolesAllowed({Role.Names.VENUE, Role.Names.ARTIST})
    public List<PendingInvitation> pending(TeamKind kind, long teamId) {
        scope.require(kind, teamId);
        return open(kind, teamId).stream()
                .map(i -> new PendingInvitation(
                        i.id(),
                        i.email(),
                        i.role(),
                        i.invitedBy() == null ? null : i.invitedBy().displayName(),
                        i.expiresAt()))
                .toList();
    }

    @RolesAllowed({Role.Names.VENUE, Role.Names.ARTIST})
    public void revoke(TeamKind kind, long teamId, long invitationId) {
        scope.require(kind, teamId);
        repository.load(kind, teamId).checkOwner(scope.caller().orElseThrow(NotInScope::new));
        Invitation invitation = open(kind, teamId).stream()
                .filter(i -> i.id() == invitationId)
                .findFirst()
                .orElseThrow(() -> scope.refuse(kind, "invitation", invitationId));
        invitation.revoke(clock.instant());
        audit.record(AuditAction.UPDATE, kind.teamEntity(), teamId, "invitation of " + invitation.email() + " revoked");
    }

    /** What the link offers, if the logged-in caller could accept it now; else the reason why not. */
    public InvitationView preview(String token) {
        Invitation invitation = byToken(token);
        invitation.checkAcceptableBy(callerUser(), clock.instant());
        return view(invitation);
    }

    /** The logged-in caller joins the team with the invitation's role; the link is used up. */
    public TeamMembership accept(String token) {
        Invitation invitation = byToken(token);
        User user = callerUser();
        Instant now = clock.instant();
        invitation.checkAcceptableBy(user, now);
        Team team = repository.load(invitation.kind(), invitation.teamId());
        if (team.member(user.id()).isPresent()) {
            throw new AlreadyMember(user.email(), team.name());
        }
        invitation.accept(user, now);
        repository.join(invitation.kind(), invitation.teamId(), user, invitation.role(), now);
        em.flush();
        audit.record(
                AuditAction.UPDATE,
                invitation.kind().teamEntity(),
                invitation.teamId(),
                user.email() + " joined as " + invitation.role());
        return new TeamMembership(invitation.kind(), invitation.teamId(), team.name(), invitation.role());
    }

    private static String link(String linkBase, String token) {
        if (linkBase == null || !(linkBase.startsWith("https://") || linkBase.startsWith("http://"))) {
            throw new IllegalArgumentException("An invitation link needs an http(s) address: " + linkBase);
        }
        return linkBase + token;
    }

    private Invitation byToken(String token) {
        return em.createQuery("select i from Invitation i where i.tokenHash = :hash", Invitation.class)
                .setParameter("hash", InvitationToken.hash(token))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new InvitationRefused(InvitationRefused.Reason.UNKNOWN));
    }

    private User callerUser() {
        return scope.caller().flatMap(repository::userByEmail).orElse(null);
    }

    private List<Invitation> open(TeamKind kind, long teamId) {
        return em.createQuery(
                        "select i from Invitation i where i." + kind.teamAttribute() + ".id = :team" + OPEN
                                + " order by i.createdAt, i.id",
                        Invitation.class)
                .setParameter("team", teamId)
                .setParameter("now", clock.instant())
                .getResultList();
    }

    private static InvitationView view(Invitation invitation) {
        return new InvitationView(
                invitation.kind(),
                invitation.teamName(),
                invitation.role(),
                invitation.invitedBy() == null ? null : invitation.invitedBy().displayName(),
                invitation.expiresAt());
    }
}
