package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.EmailAddress;

class UserTest {

    private final User user = new User(
            new EmailAddress("Ada@Example.org"),
            "Ada",
            "hash",
            Set.of(Role.BUYER),
            Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void rolesAreReplacedAsAWhole() {
        user.assignRoles(EnumSet.of(Role.ADMIN, Role.MARKETING));

        assertEquals(EnumSet.of(Role.ADMIN, Role.MARKETING), user.roles());
    }

    @Test
    void aRenameNeedsANameAndStripsIt() {
        user.rename("  Ada Lovelace ");

        assertEquals("Ada Lovelace", user.displayName());
        assertThrows(IllegalArgumentException.class, () -> user.rename(" "));
        assertEquals("Ada Lovelace", user.displayName());
    }

    @Test
    void aDisabledUserCannotLogIn() {
        assertTrue(user.canLogIn());

        user.disable();

        assertFalse(user.canLogIn());
        user.enable();
        assertTrue(user.canLogIn());
    }

    @Test
    void aSelfRegisteredBuyerStartsUnverifiedInTheLanguageChosen() {
        User buyer = User.selfRegistered(
                new EmailAddress("new@example.org"), "New", "hash", "de", Instant.parse("2026-01-01T00:00:00Z"));

        assertFalse(buyer.emailVerified());
        assertEquals(Set.of(Role.BUYER), buyer.roles());
        assertEquals("de", buyer.preferredLanguage());
        assertTrue(user.emailVerified(), "an account an admin created is verified");
        assertThrows(
                IllegalArgumentException.class,
                () -> User.selfRegistered(new EmailAddress("x@example.org"), "X", "hash", "fr", Instant.now()));
    }

    @Test
    void aProfileChangeIsCheckedWholeBeforeAnythingChanges() {
        assertThrows(IllegalArgumentException.class, () -> user.updateProfile("New name", null, "xx"));
        assertEquals("Ada", user.displayName(), "nothing changed");

        user.updateProfile(" Ada L. ", new PhoneNumber("+49 30 123456"), "de");

        assertEquals("Ada L.", user.displayName());
        assertEquals("+4930123456", user.phone());
        assertEquals("de", user.preferredLanguage());
        user.updateProfile("Ada", null, "en");
        assertEquals(null, user.phone());
    }

    @Test
    void anAnonymisedAccountKeepsItsRowButNoPersonalDataAndCannotLogIn() {
        org.marquee.core.testing.Ids.assign(user, 4711L);
        user.updateProfile("Ada", new PhoneNumber("+4930123456"), "de");
        user.chooseSecondFactor(true);

        user.anonymise(Instant.parse("2026-06-01T00:00:00Z"));

        assertEquals("deleted-4711@deleted.invalid", user.email());
        assertTrue(EmailAddress.isValid(user.email()));
        assertEquals("Deleted account", user.displayName());
        assertEquals(null, user.phone());
        assertEquals(null, user.passwordHash());
        assertTrue(user.roles().isEmpty());
        assertTrue(user.deleted());
        assertFalse(user.canLogIn());
        user.enable();
        assertFalse(user.canLogIn(), "an admin cannot bring a deleted account back");
    }

    @Test
    void staffRolesAreTheOnesThatNeedTheCode() {
        assertFalse(user.holdsStaffRole());
        user.grant(Role.VENUE);
        assertTrue(user.holdsStaffRole());
    }

    @Test
    void aResetEndsTheSessionsThatLoggedInBeforeIt() {
        Instant reset = Instant.parse("2026-03-01T10:00:00Z");
        assertTrue(user.sessionValid(reset.minusSeconds(60)), "no reset yet");
        user.endSessionsBefore(reset);
        assertFalse(user.sessionValid(reset.minusSeconds(60)));
        assertFalse(user.sessionValid(null), "a session without its login time");
        assertTrue(user.sessionValid(reset.plusSeconds(1)));
    }
}
