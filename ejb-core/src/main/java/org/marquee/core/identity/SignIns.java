package org.marquee.core.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.marquee.core.notify.Outbox;

/**
 * A login from password to session, for every panel: the password ({@link Logins}), then the
 * emailed code where the account needs one, then the session, which the identity store opens by
 * completing the passed challenge ({@link SignInCredential}). A login challenge is locked while it
 * is checked, so two requests with one code or one challenge cannot both pass.
 */
@Stateless
public class SignIns {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private SecondFactorPolicy secondFactor;

    @EJB
    private Logins logins;

    @EJB
    private UserAccounts accounts;

    @EJB
    private LoginThrottle throttle;

    @EJB
    private Registrations registrations;

    @EJB
    private AccountMails mails;

    @EJB
    private KnownDevices devices;

    @EJB
    private Outbox outbox;

    /** Checks the password; mails the code when the account needs one (only the newest code works). */
    public SignInStep start(String login, String password) {
        LoginResult first = logins.attempt(login, password);
        switch (first.outcome()) {
            case INVALID:
                return SignInStep.refused(SignInStep.Outcome.INVALID);
            case LOCKED:
                return SignInStep.refused(SignInStep.Outcome.LOCKED);
            case UNVERIFIED:
                registrations.remind(first.email());
                return SignInStep.refused(SignInStep.Outcome.UNVERIFIED);
            default:
                break;
        }
        return challenge(accounts.findByEmail(first.email()).orElseThrow());
    }

    /**
     * After a single sign-on the provider stands in for the password, not for the code: the same
     * second step follows (the emailed code for staff, and for buyers who chose it).
     */
    public SignInStep startAfterSingleSignOn(SsoCredential proof) {
        User user = accounts.findByEmail(proof.email()).orElseThrow();
        if (throttle.lockedUntil(user.email()).isPresent()) {
            return SignInStep.refused(SignInStep.Outcome.LOCKED);
        }
        return challenge(user);
    }

    /** A passed challenge at once, or one awaiting the code just mailed (only the newest code works). */
    private SignInStep challenge(User user) {
        String secret = Secrets.generate();
        Instant now = clock.instant();
        if (!secondFactor.requiresCode(user)) {
            em.persist(LoginChallenge.passed(user, secret, now));
            return SignInStep.ready(secret);
        }
        String code = OneTimeCode.generate();
        LoginChallenge challenge = LoginChallenge.awaitingCode(user, secret, code, now);
        em.persist(challenge);
        em.flush();
        em.createNamedQuery("LoginChallenge.retireOthers")
                .setParameter("user", user)
                .setParameter("keep", challenge.id())
                .setParameter("now", now)
                .executeUpdate();
        mails.signInCode(user, challenge.id(), code);
        return SignInStep.codeSent(secret);
    }

    /** Checks a typed code. Every wrong code counts towards the login's lock as a wrong password does. */
    public CodeCheck checkCode(String challengeSecret, String code) {
        Optional<LoginChallenge> found = find(challengeSecret);
        if (found.isEmpty() || !found.get().awaitsCode()) {
            return CodeCheck.EXPIRED;
        }
        LoginChallenge challenge = found.get();
        String login = challenge.user().email();
        if (throttle.lockedUntil(login).isPresent()) {
            return CodeCheck.LOCKED;
        }
        int attemptsBefore = challenge.attempts();
        CodeCheck result = challenge.check(challengeSecret, code, clock.instant());
        if (challenge.attempts() > attemptsBefore) {
            throttle.recordFailure(login);
            if (throttle.lockedUntil(login).isPresent()) {
                return CodeCheck.LOCKED;
            }
        }
        return result;
    }

    /**
     * Opens the session of a passed challenge, once: called by the identity store. Remembers the
     * browser, and mails the owner when it is one the account has not been used from before.
     */
    public LoginResult complete(SignInCredential credential) {
        Optional<LoginChallenge> found = find(credential.challenge());
        Instant now = clock.instant();
        if (found.isEmpty() || !found.get().complete(now)) {
            return LoginResult.invalid();
        }
        User user = found.get().user();
        // The password or the provider was checked when the challenge started; an account
        // disabled or deleted since then, or never verified, gets no session.
        if (!user.enabled() || user.deleted() || !user.emailVerified()) {
            return LoginResult.invalid();
        }
        throttle.recordSuccess(user.email());
        devices.recognise(user, credential.deviceSecret(), credential.userAgent(), now);
        return LoginResult.success(user);
    }

    /**
     * The masked mobile number ({@code +49 ••• ••• 67}) the code of this challenge may be texted
     * to instead of the email, or empty: no number on the account, no code awaited, or texted once.
     */
    public Optional<String> textOption(String challengeSecret) {
        Instant now = clock.instant();
        return find(challengeSecret)
                .filter(challenge -> challenge.mayText(now))
                .map(LoginChallenge::user)
                .filter(user -> user.phone() != null && !user.deleted())
                .map(user -> mask(user.phone()));
    }

    /**
     * Sends a new code for this challenge by text message to the account's number; the emailed code
     * stops working. Once per challenge.
     *
     * @return false, sending nothing, when {@link #textOption} is empty
     */
    public boolean sendCodeByText(String challengeSecret) {
        Optional<LoginChallenge> found = find(challengeSecret);
        if (found.isEmpty()) {
            return false;
        }
        LoginChallenge challenge = found.get();
        User user = challenge.user();
        String code = OneTimeCode.generate();
        if (user.phone() == null
                || user.deleted()
                || !challenge.reissueForText(challengeSecret, code, clock.instant())) {
            return false;
        }
        outbox.enqueueSecretSms(
                "sign-in-code-sms:" + challenge.id(),
                user.phone(),
                "sign-in-code",
                Locale.forLanguageTag(user.preferredLanguage()),
                Map.of("code", code));
        return true;
    }

    /** "+49 ••• ••• 67": the country code and the last two digits, enough to recognise one's own. */
    static String mask(String phone) {
        int country = phone.length() > 4 ? Math.min(3, phone.length() - 4) : 1;
        return phone.substring(0, country) + " ••• ••• " + phone.substring(phone.length() - 2);
    }

    private Optional<LoginChallenge> find(String secret) {
        if (!Secrets.isWellFormed(secret)) {
            return Optional.empty();
        }
        return em.createNamedQuery("LoginChallenge.byHash", LoginChallenge.class)
                .setParameter("hash", Secrets.hash(secret))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }
}
