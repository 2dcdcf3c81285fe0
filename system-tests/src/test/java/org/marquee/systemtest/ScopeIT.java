package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.catalog.StaffSessionRow;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.UserAccounts;
import org.marquee.core.platform.AuditRecord;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.PageRequest;
import org.marquee.core.team.InvitationRefused;
import org.marquee.core.team.InvitationRefused.Reason;
import org.marquee.core.team.Invitations;
import org.marquee.core.team.LastOwner;
import org.marquee.core.team.MemberRole;
import org.marquee.core.team.Memberships;
import org.marquee.core.team.NotInScope;
import org.marquee.core.team.OwnerAssignments;
import org.marquee.core.team.OwnersOnly;
import org.marquee.core.team.Scope;
import org.marquee.core.team.StaffSessions;
import org.marquee.core.team.TeamKind;
import org.marquee.core.team.TeamMember;
import org.marquee.systemtest.ScopeFixture.Who;

/**
 * Invariant 8 at the services, on PostgreSQL: venue staff reach only their venues' sessions,
 * artist staff only sessions featuring their artists, whatever id they ask for; the team rules
 * hold; invitation links work once, for their address, until they expire.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class ScopeIT {

    private static ScopeFixture fixture;

    @EJB
    private StaffSessions sessions;

    @EJB
    private Memberships memberships;

    @EJB
    private Invitations invitations;

    @EJB
    private OwnerAssignments owners;

    @EJB
    private Scope scope;

    @EJB
    private UserAccounts accounts;

    @EJB
    private AuditTrail audit;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource dataSource;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithTests(ScopeIT.class, ScopeFixture.class, ScopeFixture.Who.class);
    }

    @BeforeEach
    void fixture() {
        if (fixture == null) {
            fixture = new ScopeFixture();
        }
    }

    @Test
    void aVenueManagerOfAIsRefusedVenueBsSessionsWhateverIdAndReceivesNoData() {
        PageRequest all = PageRequest.firstPage(50);

        List<StaffSessionRow> own = as(Who.VENUE_MANAGER, () -> sessions.page(TeamKind.VENUE, fixture.venueA, all)
                .items());
        assertEquals(List.of(fixture.sessionOfAAtA), ids(own), "only venue A's session");
        assertEquals("Show of A " + fixture.tag, as(Who.VENUE_MANAGER, () -> sessions.details(
                        TeamKind.VENUE, fixture.sessionOfAAtA)
                .eventTitle()));

        assertEquals(
                List.of(fixture.venueA),
                as(Who.VENUE_MANAGER, () -> sessions.teamsOf(TeamKind.VENUE, fixture.sessionOfAAtA)));

        assertRefused(Who.VENUE_MANAGER, () -> sessions.page(TeamKind.VENUE, fixture.venueB, all));
        assertRefused(Who.VENUE_MANAGER, () -> sessions.details(TeamKind.VENUE, fixture.sessionOfBAtB));
        assertRefused(Who.VENUE_MANAGER, () -> sessions.details(TeamKind.VENUE, fixture.sessionOfAAtB));
        assertRefused(Who.VENUE_MANAGER, () -> sessions.visible(TeamKind.VENUE, fixture.sessionOfBAtB));
        assertRefused(Who.VENUE_MANAGER, () -> memberships.team(TeamKind.VENUE, fixture.venueB));
        assertRefused(Who.VENUE_MANAGER, () -> invitations.pending(TeamKind.VENUE, fixture.venueB));
        // Venue staff are not artist staff, even for an artist who plays at their venue.
        assertRefused(Who.VENUE_MANAGER, () -> sessions.details(TeamKind.ARTIST, fixture.sessionOfAAtA));
    }

    @Test
    void artistStaffSeeOnlySessionsFeaturingTheirArtistsAtAnyVenue() {
        PageRequest all = PageRequest.firstPage(50);

        List<StaffSessionRow> own = as(Who.ARTIST_MANAGER, () -> sessions.page(TeamKind.ARTIST, fixture.artistA, all)
                .items());
        assertEquals(List.of(fixture.sessionOfAAtA, fixture.sessionOfAAtB), ids(own));
        assertEquals("Venue B " + fixture.tag, as(Who.ARTIST_MANAGER, () -> sessions.details(
                        TeamKind.ARTIST, fixture.sessionOfAAtB)
                .venueName()));

        // The team a panel's header shows for the session (issue 12, item 22): the artist, not the venue.
        assertEquals(
                List.of(fixture.artistA),
                as(Who.ARTIST_MANAGER, () -> sessions.teamsOf(TeamKind.ARTIST, fixture.sessionOfAAtB)));

        assertRefused(Who.ARTIST_MANAGER, () -> sessions.page(TeamKind.ARTIST, fixture.artistB, all));
        assertRefused(Who.ARTIST_MANAGER, () -> sessions.details(TeamKind.ARTIST, fixture.sessionOfBAtB));
        assertRefused(Who.ARTIST_MANAGER, () -> sessions.teamsOf(TeamKind.ARTIST, fixture.sessionOfBAtB));
        assertRefused(Who.ARTIST_MANAGER, () -> sessions.page(TeamKind.VENUE, fixture.venueA, all));
    }

    @Test
    void anIdThatDoesNotExistGetsTheSameAnswerAsAnotherTeamsId() {
        NotInScope missing = assertRefused(Who.VENUE_OWNER, () -> sessions.details(TeamKind.VENUE, 987_654_321L));
        NotInScope foreign =
                assertRefused(Who.VENUE_OWNER, () -> sessions.details(TeamKind.VENUE, fixture.sessionOfBAtB));

        assertEquals(missing.messageKey(), foreign.messageKey());
        assertEquals(0, foreign.arguments().length, "the refusal names nothing of what was asked for");
        assertRefused(Who.ANONYMOUS, () -> sessions.details(TeamKind.VENUE, fixture.sessionOfAAtA));
        assertRefused(Who.ADMIN, () -> sessions.page(TeamKind.VENUE, fixture.venueA, PageRequest.firstPage(5)));
    }

    @Test
    void eachRefusalIsLoggedWithWhoAskedForWhat() throws Exception {
        assertRefused(Who.BUYER, () -> sessions.details(TeamKind.VENUE, fixture.sessionOfBAtB));

        Path log = Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        String expected =
                "Not in scope: " + fixture.emails.get(Who.BUYER) + " asked for session " + fixture.sessionOfBAtB;
        assertTrue(Files.readString(log).contains(expected), expected);
    }

    @Test
    void aManagerCannotRemoveOrDemoteAnOwnerAndNothingChanges() {
        long owner = userId(Who.VENUE_OWNER);

        assertThrows(
                OwnersOnly.class,
                () -> as(Who.VENUE_MANAGER, () -> {
                    memberships.remove(TeamKind.VENUE, fixture.venueA, owner);
                    return null;
                }));
        assertThrows(
                OwnersOnly.class,
                () -> as(Who.VENUE_MANAGER, () -> {
                    memberships.changeRole(TeamKind.VENUE, fixture.venueA, owner, MemberRole.MANAGER);
                    return null;
                }));
        assertThrows(
                OwnersOnly.class,
                () -> as(
                        Who.VENUE_MANAGER,
                        () -> invitations.issue(
                                TeamKind.VENUE,
                                fixture.venueA,
                                fixture.email("nope"),
                                MemberRole.OWNER,
                                ScopeFixture.LINK,
                                Locale.ENGLISH)));

        assertEquals(0, outboxMessagesTo(fixture.email("nope")), "a refused invitation sends nothing");
        List<TeamMember> members = as(
                Who.VENUE_MANAGER,
                () -> memberships.team(TeamKind.VENUE, fixture.venueA).members());
        assertTrue(
                members.stream().anyMatch(m -> m.userId() == owner && m.role() == MemberRole.OWNER),
                "the owner is still an owner: " + members);
    }

    @Test
    void theLastOwnerCannotLeaveBeDemotedOrBeRemovedEvenByAnAdmin() {
        String ownerB = fixture.venueOwnerB;
        long ownerId = accounts.findByEmail(ownerB).orElseThrow().id();

        assertThrows(
                LastOwner.class,
                () -> Callers.as(ownerB, Role.VENUE, () -> {
                    memberships.leave(TeamKind.VENUE, fixture.venueB);
                    return null;
                }));
        assertThrows(
                LastOwner.class,
                () -> Callers.as(ownerB, Role.VENUE, () -> {
                    memberships.changeRole(TeamKind.VENUE, fixture.venueB, ownerId, MemberRole.MANAGER);
                    return null;
                }));
        assertThrows(
                LastOwner.class,
                () -> fixture.asAdmin(() -> {
                    owners.remove(TeamKind.VENUE, fixture.venueB, ownerId);
                    return null;
                }));
        assertEquals(
                List.of(ownerB),
                fixture.asAdmin(() -> owners.owners(TeamKind.VENUE, fixture.venueB)).stream()
                        .map(TeamMember::email)
                        .toList());
    }

    @Test
    void anInvitationIsAcceptedOnceByItsAddressAndAnyOtherAttemptChangesNothing() {
        String invitee = fixture.email("invitee");
        accounts.register(invitee, "Invitee", ScopeFixture.PASSWORD, Set.of(Role.BUYER));
        String token = as(
                        Who.VENUE_OWNER,
                        () -> invitations.issue(
                                TeamKind.VENUE,
                                fixture.venueA,
                                invitee,
                                MemberRole.MANAGER,
                                ScopeFixture.LINK,
                                Locale.ENGLISH))
                .token();
        assertTrue(as(Who.VENUE_OWNER, () -> invitations.pending(TeamKind.VENUE, fixture.venueA)).stream()
                .anyMatch(pending -> pending.email().equals(invitee)));
        assertEquals(1, outboxMessagesTo(invitee), "the invitation email is queued with the invitation");

        assertRefusedInvitation(Reason.OTHER_ACCOUNT, () -> as(Who.BUYER, () -> invitations.accept(token)));
        assertRefusedInvitation(Reason.OTHER_ACCOUNT, () -> Callers.anonymous(() -> invitations.accept(token)));
        assertRefusedInvitation(
                Reason.UNKNOWN, () -> Callers.as(invitee, Role.BUYER, () -> invitations.accept(token + "x")));
        assertFalse(accounts.findByEmail(invitee).orElseThrow().roles().contains(Role.VENUE));

        Callers.as(invitee, Role.BUYER, () -> invitations.accept(token));
        assertEquals(Set.of(fixture.venueA), Callers.as(invitee, Role.VENUE, () -> scope.teamIds(TeamKind.VENUE)));
        assertTrue(accounts.findByEmail(invitee).orElseThrow().roles().contains(Role.VENUE), "the panel's role");

        assertRefusedInvitation(Reason.USED, () -> Callers.as(invitee, Role.VENUE, () -> invitations.accept(token)));
        assertRefusedInvitation(Reason.USED, () -> Callers.as(invitee, Role.VENUE, () -> invitations.preview(token)));
    }

    @Test
    void anExpiredOrReplacedLinkIsRefusedAndChangesNothing() throws Exception {
        String invitee = fixture.email("late");
        accounts.register(invitee, "Late", ScopeFixture.PASSWORD, Set.of(Role.BUYER));
        String first = as(
                        Who.ARTIST_OWNER,
                        () -> invitations.issue(
                                TeamKind.ARTIST,
                                fixture.artistA,
                                invitee,
                                MemberRole.MANAGER,
                                ScopeFixture.LINK,
                                Locale.ENGLISH))
                .token();
        String second = as(
                        Who.ARTIST_OWNER,
                        () -> invitations.issue(
                                TeamKind.ARTIST,
                                fixture.artistA,
                                invitee,
                                MemberRole.OWNER,
                                ScopeFixture.LINK,
                                Locale.ENGLISH))
                .token();
        assertRefusedInvitation(Reason.REVOKED, () -> Callers.as(invitee, Role.BUYER, () -> invitations.accept(first)));

        try (Connection connection = dataSource.getConnection();
                PreparedStatement expire = connection.prepareStatement(
                        "update team_invitation set created_at = created_at - interval '8 days',"
                                + " expires_at = expires_at - interval '8 days' where email = ?")) {
            expire.setString(1, invitee);
            assertEquals(2, expire.executeUpdate());
        }
        assertRefusedInvitation(
                Reason.EXPIRED, () -> Callers.as(invitee, Role.BUYER, () -> invitations.accept(second)));
        assertEquals(Set.of(), Callers.as(invitee, Role.BUYER, () -> scope.teamIds(TeamKind.ARTIST)));
        assertTrue(as(Who.ARTIST_OWNER, () -> invitations.pending(TeamKind.ARTIST, fixture.artistA)).stream()
                .noneMatch(pending -> pending.email().equals(invitee)));
    }

    @Test
    void leavingTheLastTeamTakesThePanelRoleAwayAndEveryChangeIsAudited() {
        String leaver = fixture.email("leaver");
        accounts.register(leaver, "Leaver", ScopeFixture.PASSWORD, Set.of(Role.BUYER));
        fixture.join(TeamKind.VENUE, fixture.venueA, fixture.emails.get(Who.VENUE_OWNER), leaver, MemberRole.MANAGER);
        assertTrue(accounts.findByEmail(leaver).orElseThrow().roles().contains(Role.VENUE));

        Callers.as(leaver, Role.VENUE, () -> {
            memberships.leave(TeamKind.VENUE, fixture.venueA);
            return null;
        });

        assertEquals(
                Set.of(Role.BUYER), accounts.findByEmail(leaver).orElseThrow().roles());
        assertRefused(Who.BUYER, () -> sessions.page(TeamKind.VENUE, fixture.venueA, PageRequest.firstPage(5)));
        List<String> history = audit.of("Venue", fixture.venueA).stream()
                .map(AuditRecord::summary)
                .toList();
        assertTrue(history.contains(leaver + " invited as MANAGER"), history.toString());
        assertTrue(history.contains(leaver + " joined as MANAGER"), history.toString());
        assertTrue(history.contains(leaver + " left the team"), history.toString());
        assertTrue(history.contains(fixture.emails.get(Who.VENUE_OWNER) + " assigned as owner"), history.toString());
    }

    private long outboxMessagesTo(String recipient) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(
                        "select count(*) from outbox_message where recipient = ? and dedupe_key like 'team-invitation:%'")) {
            count.setString(1, recipient);
            try (var rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long userId(Who who) {
        return accounts.findByEmail(fixture.emails.get(who)).orElseThrow().id();
    }

    private static <T> T as(Who who, java.util.concurrent.Callable<T> call) {
        return fixture.as(who, call);
    }

    private static NotInScope assertRefused(Who who, Supplier<?> call) {
        return assertThrows(NotInScope.class, () -> fixture.as(who, call::get), who + " must be refused");
    }

    private static void assertRefusedInvitation(Reason reason, Runnable attempt) {
        InvitationRefused refusal = assertThrows(InvitationRefused.class, attempt::run);
        assertEquals(reason, refusal.reason());
    }

    private static List<Long> ids(List<StaffSessionRow> rows) {
        return rows.stream().map(StaffSessionRow::id).toList();
    }
}
