package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.EnumSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.EmailTaken;
import org.marquee.core.identity.LoginResult;
import org.marquee.core.identity.LoginThrottle;
import org.marquee.core.identity.Logins;
import org.marquee.core.identity.Role;
import org.marquee.core.identity.UserAccounts;
import org.marquee.core.identity.WeakPassword;
import org.marquee.core.platform.InvalidEmail;

/** Identity services inside the server, on PostgreSQL: refusals change nothing. */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class IdentityServicesIT {

    @EJB
    private UserAccounts accounts;

    @EJB
    private Logins logins;

    @EJB
    private LoginThrottle throttle;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithTests(IdentityServicesIT.class);
    }

    @Test
    void aRegisteredUserCanLogInWithTheRolesGranted() {
        String email = unique("Mixed.Case");
        Callers.asAdmin(() ->
                accounts.register(email, "Pat Doe", "a-long-enough-password", EnumSet.of(Role.VENUE, Role.ARTIST)));

        LoginResult result = logins.attempt(email.toUpperCase(), "a-long-enough-password");

        assertEquals(LoginResult.Outcome.SUCCESS, result.outcome());
        assertEquals(email.toLowerCase(), result.email());
        assertEquals(Set.of(Role.VENUE, Role.ARTIST), result.roles());
    }

    @Test
    void aDuplicateEmailIsRefusedWhateverItsCase() {
        String email = unique("twin");
        accounts.register(email, "First", "a-long-enough-password", Set.of(Role.BUYER));
        long users = accounts.count();

        assertThrows(
                EmailTaken.class,
                () -> accounts.register(email.toUpperCase(), "Second", "another-long-password", Set.of(Role.BUYER)));
        assertEquals(users, accounts.count());
    }

    @Test
    void malformedEmailsAndShortPasswordsAreRefusedAndNothingIsStored() {
        long users = accounts.count();

        assertThrows(
                InvalidEmail.class,
                () -> accounts.register("not-an-email", "Name", "a-long-enough-password", Set.of(Role.BUYER)));
        assertThrows(WeakPassword.class, () -> accounts.register(unique("short"), "Name", "short", Set.of(Role.BUYER)));
        assertEquals(users, accounts.count());
    }

    @Test
    void failuresOfAnUnknownLoginLockItLikeAnyOther() {
        String email = unique("ghost");
        for (int attempt = 0; attempt < 5; attempt++) {
            assertEquals(
                    LoginResult.Outcome.INVALID, logins.attempt(email, "wrong").outcome());
        }

        assertTrue(throttle.lockedUntil(email).isPresent());
        assertEquals(LoginResult.Outcome.LOCKED, logins.attempt(email, "wrong").outcome());
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        String email = unique("forgetful");
        accounts.register(email, "Forgetful", "the-right-password", Set.of(Role.BUYER));
        for (int attempt = 0; attempt < 4; attempt++) {
            logins.attempt(email, "wrong");
        }

        assertEquals(
                LoginResult.Outcome.SUCCESS,
                logins.attempt(email, "the-right-password").outcome());
        logins.attempt(email, "wrong");
        assertTrue(throttle.lockedUntil(email).isEmpty(), "the count started again");
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime() + "@marquee.test";
    }
}
