package org.marquee.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marquee.core.identity.sso.ProviderIdentity;
import org.marquee.core.identity.sso.SsoProvider;
import org.marquee.core.platform.EmailAddress;

/** Which provider address may link or create an account; the rest needs the database (SsoBrowserIT). */
class SsoAccountsTest {

    @Test
    void onlyAVerifiedWellFormedAddressLinks() {
        assertEquals(
                Optional.of(new EmailAddress("ada@example.test")),
                SsoAccounts.verifiedEmail(identity(" Ada@Example.test ", true)));
        assertTrue(
                SsoAccounts.verifiedEmail(identity("ada@example.test", false)).isEmpty(), "unverified");
        assertTrue(SsoAccounts.verifiedEmail(identity(null, true)).isEmpty(), "none given");
        assertTrue(SsoAccounts.verifiedEmail(identity("not an address", true)).isEmpty(), "malformed");
    }

    @Test
    void aBuyerSignedUpThroughAProviderHasNoPasswordToLogInWith() {
        User user = User.signedUpThroughProvider(
                new EmailAddress("ada@example.test"), "Ada", Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(java.util.Set.of(Role.BUYER), user.roles());
        assertTrue(user.enabled());
        assertFalse(user.canLogIn(), "the password login refuses an account without a password");
    }

    @Test
    void aCredentialKnowsStaffFromBuyers() {
        User buyer = User.signedUpThroughProvider(new EmailAddress("b@example.test"), "B", Instant.EPOCH);
        assertFalse(new SsoCredential(buyer).isStaff());
        buyer.grant(Role.VENUE);
        assertTrue(new SsoCredential(buyer).isStaff());
    }

    private static ProviderIdentity identity(String email, boolean verified) {
        return new ProviderIdentity(SsoProvider.GOOGLE, "subject", email, verified, "Ada");
    }
}
