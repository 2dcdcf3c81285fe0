package org.marquee.core.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.platform.InvalidEmail;

/**
 * Forgotten passwords: a single-use link that works for an hour, mailed to the address asked for.
 * The answer to a request is the same whether or not the address has an account, and requests per
 * address are limited whether or not it has one. Setting a new password uses the link up, retires
 * the account's other reset links, verifies the email (the link proved the mailbox) and lifts a
 * login lock.
 */
@Stateless
public class PasswordResets {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private UserAccounts accounts;

    @EJB
    private LoginThrottle throttle;

    @EJB
    private AccountMails mails;

    /**
     * @throws InvalidEmail when the address is malformed
     * @throws ResetsThrottled when the address asked too often lately
     */
    public void request(String email) {
        if (!EmailAddress.isValid(email)) {
            throw new InvalidEmail(email);
        }
        String address = new EmailAddress(email).value();
        if (throttle.lockedUntil(Throttled.PASSWORD_RESET, address).isPresent()) {
            throw new ResetsThrottled();
        }
        throttle.record(Throttled.PASSWORD_RESET, address);
        accounts.findByEmail(address).filter(User::enabled).ifPresent(user -> {
            String secret = Secrets.generate();
            AccountToken token = new AccountToken(user, TokenPurpose.RESET_PASSWORD, secret, clock.instant());
            em.persist(token);
            em.flush();
            mails.passwordReset(user, token.id(), secret);
        });
    }

    /**
     * Whether a reset link still works, without using it (the page shows its form only then).
     *
     * @throws LinkRefused when it is unknown, expired or used
     */
    public void check(String secret) {
        Tokens.find(em, secret, TokenPurpose.RESET_PASSWORD, LockModeType.NONE)
                .orElseThrow(() -> new LinkRefused(LinkRefused.Reason.UNKNOWN))
                .checkUsable(clock.instant());
    }

    /**
     * Sets the new password through the link, once, and ends every session the account had
     * (whoever knew the old password is logged out). Answers the account's email.
     *
     * @throws LinkRefused when the link is unknown, expired or used
     * @throws WeakPassword when the new password is too short (the link stays usable)
     */
    public String reset(String secret, String newPassword) {
        AccountToken token = Tokens.find(em, secret, TokenPurpose.RESET_PASSWORD, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new LinkRefused(LinkRefused.Reason.UNKNOWN));
        Instant now = clock.instant();
        token.checkUsable(now);
        PasswordPolicy.check(newPassword);
        token.use(now);
        User user = token.user();
        user.changePassword(PasswordHash.hash(newPassword));
        user.endSessionsBefore(now);
        user.verifyEmail();
        em.createNamedQuery("AccountToken.retireOthers")
                .setParameter("now", now)
                .setParameter("user", user)
                .setParameter("purpose", TokenPurpose.RESET_PASSWORD)
                .setParameter("keep", token.id())
                .executeUpdate();
        throttle.recordSuccess(user.email());
        return user.email();
    }
}
