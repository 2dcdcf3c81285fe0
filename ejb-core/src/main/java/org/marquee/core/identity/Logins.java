package org.marquee.core.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.marquee.core.platform.EmailAddress;

/**
 * Checks a login name and password: the first step of every login ({@link SignIns} runs the
 * rest). A locked login is refused before its password is looked at; an unknown login costs as
 * much time as a known one and counts towards the lock the same way. Earlier failures are cleared
 * only by a complete login: here when the password is all the account needs, otherwise once the
 * emailed code was right too.
 */
@Stateless
public class Logins {

    private static final Logger LOG = Logger.getLogger(Logins.class.getName());

    @EJB
    private UserAccounts accounts;

    @EJB
    private LoginThrottle throttle;

    @Inject
    private SecondFactorPolicy secondFactor;

    public LoginResult attempt(String login, String password) {
        String key = EmailAddress.normalize(login);
        if (throttle.lockedUntil(key).isPresent()) {
            LOG.warning(() -> "Login refused while locked: " + key);
            return LoginResult.locked();
        }
        Optional<User> user = accounts.findByEmail(key);
        if (user.isEmpty()) {
            PasswordHash.verifyDecoy(password);
            throttle.recordFailure(key);
            return LoginResult.invalid();
        }
        if (!user.get().canLogIn() || !PasswordHash.verify(password, user.get().passwordHash())) {
            throttle.recordFailure(key);
            return LoginResult.invalid();
        }
        if (!user.get().emailVerified()) {
            return LoginResult.unverified(user.get());
        }
        if (!secondFactor.requiresCode(user.get())) {
            throttle.recordSuccess(key);
        }
        return LoginResult.success(user.get());
    }
}
