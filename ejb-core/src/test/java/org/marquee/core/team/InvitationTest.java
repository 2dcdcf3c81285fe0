package org.marquee.core.team;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.User;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.testing.Places;

/** An invitation link: single use, expiring, for one address, and stored only as a hash. */
class InvitationTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final User invitee = user("mia@example.org");
    private final Invitation invitation = Invitation.toVenue(
            Places.venue("Blue Room", "blue-room"),
            new EmailAddress("Mia@Example.org"),
            MemberRole.MANAGER,
            "hash",
            null,
            NOW);

    @Test
    void theInviteeAcceptsOnceWhileItIsOpen() {
        invitation.accept(invitee, NOW.plus(Duration.ofDays(1)));

        assertEquals(Invitation.State.ACCEPTED, invitation.state(NOW.plus(Duration.ofDays(1))));
        InvitationRefused again =
                assertThrows(InvitationRefused.class, () -> invitation.accept(invitee, NOW.plus(Duration.ofDays(2))));
        assertEquals(InvitationRefused.Reason.USED, again.reason());
        assertEquals("invitation.USED", again.messageKey());
    }

    @Test
    void itExpiresAfterItsValidity() {
        Instant late = NOW.plus(Invitation.VALID_FOR);

        assertEquals(Invitation.State.EXPIRED, invitation.state(late));
        InvitationRefused refusal = assertThrows(InvitationRefused.class, () -> invitation.accept(invitee, late));
        assertEquals(InvitationRefused.Reason.EXPIRED, refusal.reason());
        assertEquals(Invitation.State.EXPIRED, invitation.state(late), "a refusal changes nothing");
    }

    @Test
    void anotherAccountCannotAcceptIt() {
        InvitationRefused refusal =
                assertThrows(InvitationRefused.class, () -> invitation.accept(user("otto@example.org"), NOW));
        assertEquals(InvitationRefused.Reason.OTHER_ACCOUNT, refusal.reason());
        assertThrows(InvitationRefused.class, () -> invitation.accept(null, NOW));
        assertEquals(Invitation.State.OPEN, invitation.state(NOW));
    }

    @Test
    void aRevokedInvitationCannotBeAccepted() {
        invitation.revoke(NOW);

        InvitationRefused refusal = assertThrows(InvitationRefused.class, () -> invitation.accept(invitee, NOW));
        assertEquals(InvitationRefused.Reason.REVOKED, refusal.reason());
    }

    @Test
    void revokingAnAcceptedInvitationLeavesItAccepted() {
        invitation.accept(invitee, NOW);
        invitation.revoke(NOW);

        assertEquals(Invitation.State.ACCEPTED, invitation.state(NOW));
    }

    @Test
    void theAddressIsCheckedLastSoAUsedLinkSaysUsedToAnyone() {
        invitation.accept(invitee, NOW);

        InvitationRefused refusal =
                assertThrows(InvitationRefused.class, () -> invitation.checkAcceptableBy(user("x@example.org"), NOW));
        assertEquals(InvitationRefused.Reason.USED, refusal.reason());
    }

    @Test
    void tokensAreRandomUrlSafeAndHashedToHex() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String token = InvitationToken.generate();
            assertTrue(token.matches("[A-Za-z0-9_-]{43}"), token);
            tokens.add(token);
        }
        assertEquals(100, tokens.size());

        String token = tokens.iterator().next();
        assertEquals(InvitationToken.hash(token), InvitationToken.hash(" " + token + " "), "a pasted link's spaces");
        assertTrue(InvitationToken.hash(token).matches("[0-9a-f]{64}"));
        assertNotEquals(InvitationToken.hash(token), InvitationToken.hash(token + "x"));
        assertDoesNotThrow(() -> InvitationToken.hash(null));
    }

    private static User user(String email) {
        return new User(new EmailAddress(email), "Someone", "hash", Set.of(Role.BUYER), NOW);
    }
}
