package org.marquee.core.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.platform.InvalidEmail;
import org.marquee.core.platform.InvalidInput;

/**
 * A buyer signs up on the public site: the account exists at once, unverified, and a single-use
 * link is mailed; following it verifies the email, after which the buyer can log in and gets a
 * welcome mail. Every refusal changes nothing.
 */
@Stateless
public class Registrations {

    /** A login with the right password but no verified email mails a new link, at most this often. */
    static final Duration REMINDER_PAUSE = Duration.ofMinutes(10);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private UserAccounts accounts;

    @EJB
    private AccountMails mails;

    /**
     * @throws InvalidEmail when the email is malformed
     * An address that has an account already is answered as a new one would be, and its owner
     * is mailed instead (sign-up does not tell who has an account).
     *
     * @throws EmailTaken when an account with the email was created at the same moment
     * @throws WeakPassword when the password is too short
     * @throws InvalidInput when the name is empty or the language unknown
     */
    public String register(String email, String displayName, String password, String language) {
        if (!EmailAddress.isValid(email)) {
            throw new InvalidEmail(email);
        }
        EmailAddress address = new EmailAddress(email);
        PasswordPolicy.check(password);
        User user = InvalidInput.check(() ->
                User.selfRegistered(address, displayName, PasswordHash.hash(password), language, clock.instant()));
        Optional<User> existing = accounts.findByEmail(address.value());
        if (existing.isPresent()) {
            // The same answer as for a new account (no way to tell who has one); the owner is told.
            mails.alreadyRegistered(existing.get(), clock.instant());
            return address.value();
        }
        em.persist(user);
        try {
            em.flush();
        } catch (PersistenceException raced) {
            // Another registration with this email committed in between: the unique index said no.
            throw new EmailTaken(address);
        }
        sendLink(user);
        return user.email();
    }

    /**
     * Follows a verification link. Answers the verified email.
     *
     * @throws LinkRefused when the link is unknown, expired or used already
     */
    public String verifyEmail(String secret) {
        AccountToken token = Tokens.find(em, secret, TokenPurpose.VERIFY_EMAIL, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new LinkRefused(LinkRefused.Reason.UNKNOWN));
        token.use(clock.instant());
        User user = token.user();
        user.verifyEmail();
        mails.welcome(user);
        return user.email();
    }

    /** Mails a new link to an unverified account that tried to log in, unless one went out lately. */
    public void remind(String email) {
        accounts.findByEmail(email).filter(user -> !user.emailVerified()).ifPresent(user -> {
            long recent = em.createNamedQuery("AccountToken.countSince", Long.class)
                    .setParameter("user", user)
                    .setParameter("purpose", TokenPurpose.VERIFY_EMAIL)
                    .setParameter("since", clock.instant().minus(REMINDER_PAUSE))
                    .getSingleResult();
            if (recent == 0) {
                sendLink(user);
            }
        });
    }

    private void sendLink(User user) {
        String secret = Secrets.generate();
        AccountToken token = new AccountToken(user, TokenPurpose.VERIFY_EMAIL, secret, clock.instant());
        em.persist(token);
        em.flush();
        mails.verifyEmail(user, token.id(), secret);
    }
}
