package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.marquee.core.platform.EmailAddress;

/** Who types the emailed code: staff always, buyers by choice; no exception. */
class SecondFactorPolicyTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private final SecondFactorPolicy production = new SecondFactorPolicy();

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"ADMIN", "MARKETING", "VENUE", "ARTIST"})
    void everyStaffRoleNeedsTheCodeWhateverTheSwitchSays(Role role) {
        User staff = user("someone@example.org", role);
        staff.chooseSecondFactor(false);

        assertTrue(production.requiresCode(staff));
        assertTrue(production.requiredByRole(staff));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"ADMIN", "MARKETING", "VENUE", "ARTIST"})
    void theDemoStaffLoginsNeedTheCodeToo(Role role) {
        assertTrue(production.requiresCode(user(role.name().toLowerCase() + "@marquee.test", role)));
    }

    @Test
    void aBuyerNeedsTheCodeOnlyWhenTheyChoseIt() {
        User buyer = user("buyer@example.org", Role.BUYER);
        assertFalse(production.requiresCode(buyer));

        buyer.chooseSecondFactor(true);

        assertTrue(production.requiresCode(buyer));
        assertFalse(production.requiredByRole(buyer), "the buyer may switch it off again");
    }

    private static User user(String email, Role role) {
        return new User(new EmailAddress(email), "Someone", "hash", EnumSet.of(role), NOW);
    }
}
