package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who types the emailed code, and the demo's narrow exception. */
class SecondFactorPolicyTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final List<String> DEMO_LOGINS = List.of("admin@marquee.test", "buyer@marquee.test");

    private final SecondFactorPolicy production = SecondFactorPolicy.from(Map.<String, String>of()::get, DEMO_LOGINS);

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

    @Test
    void aBuyerNeedsTheCodeOnlyWhenTheyChoseIt() {
        User buyer = user("buyer@example.org", Role.BUYER);
        assertFalse(production.requiresCode(buyer));

        buyer.chooseSecondFactor(true);

        assertTrue(production.requiresCode(buyer));
        assertFalse(production.requiredByRole(buyer), "the buyer may switch it off again");
    }

    @Test
    void theDemoSkipsTheCodeOnlyForDemoStaffAndOnlyWithBothSettings() {
        SecondFactorPolicy demo = SecondFactorPolicy.from(
                Map.of("MARQUEE_DEMO", "true", "MARQUEE_DEMO_SKIP_STAFF_OTP", "true")::get, DEMO_LOGINS);
        SecondFactorPolicy demoDataOnly = SecondFactorPolicy.from(Map.of("MARQUEE_DEMO", "true")::get, DEMO_LOGINS);
        SecondFactorPolicy skipOnly =
                SecondFactorPolicy.from(Map.of("MARQUEE_DEMO_SKIP_STAFF_OTP", "true")::get, DEMO_LOGINS);

        assertFalse(demo.requiresCode(user("admin@marquee.test", Role.ADMIN)));
        assertTrue(demo.requiresCode(user("other-admin@marquee.test", Role.ADMIN)), "only the seeded logins");
        assertTrue(demoDataOnly.requiresCode(user("admin@marquee.test", Role.ADMIN)), "the tests' setting");
        assertTrue(skipOnly.requiresCode(user("admin@marquee.test", Role.ADMIN)), "never outside the demo");
        assertTrue(demo.demoExemptionActive());
        assertFalse(demoDataOnly.demoExemptionActive());

        User demoBuyer = user("buyer@marquee.test", Role.BUYER);
        demoBuyer.chooseSecondFactor(true);
        assertTrue(demo.requiresCode(demoBuyer), "a code someone chose is kept");
    }

    private static User user(String email, Role role) {
        return new User(new EmailAddress(email), "Someone", "hash", EnumSet.of(role), NOW);
    }
}
