package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
}
