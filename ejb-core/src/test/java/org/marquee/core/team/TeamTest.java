package org.marquee.core.team;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.EmailAddress;

/** The rules of a team: only owners change it, and it keeps an owner whatever happens. */
class TeamTest {

    private static final Instant SINCE = Instant.parse("2026-01-01T00:00:00Z");

    private final TeamMember olga = member(1, "olga@example.org", "Olga", MemberRole.OWNER);
    private final TeamMember otto = member(2, "otto@example.org", "Otto", MemberRole.OWNER);
    private final TeamMember mia = member(3, "mia@example.org", "Mia", MemberRole.MANAGER);
    private final TeamMember max = member(4, "max@example.org", "Max", MemberRole.MANAGER);

    private final Team oneOwner = team(olga, mia, max);
    private final Team twoOwners = team(olga, otto, mia);

    @Test
    void anOwnerInvitesSomeoneNew() {
        assertDoesNotThrow(() -> oneOwner.checkInvite("OLGA@example.org", new EmailAddress("new@example.org")));
    }

    @Test
    void aManagerMayNotInvite() {
        assertThrows(OwnersOnly.class, () -> oneOwner.checkInvite(mia.email(), new EmailAddress("new@example.org")));
    }

    @Test
    void someoneOutsideTheTeamMayChangeNothing() {
        assertThrows(
                OwnersOnly.class,
                () -> oneOwner.checkInvite("stranger@example.org", new EmailAddress("new@example.org")));
        assertThrows(OwnersOnly.class, () -> oneOwner.checkRemoval("stranger@example.org", mia.userId()));
    }

    @Test
    void aMemberIsNotInvitedTwice() {
        AlreadyMember refusal = assertThrows(
                AlreadyMember.class, () -> oneOwner.checkInvite(olga.email(), new EmailAddress("Mia@Example.org")));
        assertEquals("team.alreadyMember", refusal.messageKey());
    }

    @Test
    void aManagerCannotRemoveOrDemoteAnOwner() {
        assertThrows(OwnersOnly.class, () -> twoOwners.checkRemoval(mia.email(), olga.userId()));
        assertThrows(OwnersOnly.class, () -> twoOwners.checkRoleChange(mia.email(), olga.userId(), MemberRole.MANAGER));
    }

    @Test
    void aManagerCannotPromoteThemselvesOrRemoveAnotherManager() {
        assertThrows(OwnersOnly.class, () -> oneOwner.checkRoleChange(mia.email(), mia.userId(), MemberRole.OWNER));
        assertThrows(OwnersOnly.class, () -> oneOwner.checkRemoval(mia.email(), max.userId()));
    }

    @Test
    void anOwnerChangesRolesAndRemovesManagers() {
        assertEquals(mia, oneOwner.checkRoleChange(olga.email(), mia.userId(), MemberRole.OWNER));
        assertEquals(max, oneOwner.checkRemoval(olga.email(), max.userId()));
    }

    @Test
    void theLastOwnerCannotBeDemotedRemovedOrLeave() {
        assertThrows(LastOwner.class, () -> oneOwner.checkRoleChange(olga.email(), olga.userId(), MemberRole.MANAGER));
        assertThrows(LastOwner.class, () -> oneOwner.checkRemoval(olga.email(), olga.userId()));
        assertThrows(LastOwner.class, () -> oneOwner.checkLeave(olga.email()));
        assertThrows(LastOwner.class, () -> oneOwner.checkOwnerRemoval(olga.userId()));
    }

    @Test
    void withASecondOwnerAnOwnerMayStepDownBeRemovedOrLeave() {
        assertEquals(otto, twoOwners.checkRoleChange(olga.email(), otto.userId(), MemberRole.MANAGER));
        assertEquals(olga, twoOwners.checkRemoval(otto.email(), olga.userId()));
        assertEquals(olga, twoOwners.checkLeave(olga.email()));
        assertEquals(otto, twoOwners.checkOwnerRemoval(otto.userId()));
    }

    @Test
    void keepingTheLastOwnerAnOwnerIsNoChangeToRefuse() {
        assertEquals(olga, oneOwner.checkRoleChange(olga.email(), olga.userId(), MemberRole.OWNER));
    }

    @Test
    void aManagerMayLeave() {
        assertEquals(mia, oneOwner.checkLeave(mia.email()));
    }

    @Test
    void changesAboutSomeoneOutsideTheTeamAreRefused() {
        assertThrows(NotAMember.class, () -> oneOwner.checkRemoval(olga.email(), 99));
        assertThrows(NotAMember.class, () -> oneOwner.checkRoleChange(olga.email(), 99, MemberRole.OWNER));
        assertThrows(NotAMember.class, () -> oneOwner.checkLeave("stranger@example.org"));
    }

    @Test
    void adminsRemoveOnlyOwnersThroughTheOwnerList() {
        assertThrows(NotAMember.class, () -> twoOwners.checkOwnerRemoval(mia.userId()));
    }

    @Test
    void membersAreListedOwnersFirstThenByName() {
        assertEquals(List.of(olga, otto, mia), team(mia, otto, olga).members());
        assertEquals(2, twoOwners.owners());
    }

    private static TeamMember member(long id, String email, String name, MemberRole role) {
        return new TeamMember(id, email, name, role, SINCE);
    }

    private static Team team(TeamMember... members) {
        return new Team(TeamKind.VENUE, 7, "Blue Room", List.of(members));
    }
}
