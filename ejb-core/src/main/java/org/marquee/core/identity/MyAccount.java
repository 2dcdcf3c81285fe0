package org.marquee.core.identity;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.util.logging.Logger;
import org.marquee.core.notify.Outbox;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidInput;

/**
 * The logged-in user's own account: the profile (name, phone for SMS, language of mail, the
 * emailed code at login) and deletion. Always the caller's account, whatever a page sends.
 */
@Stateless
public class MyAccount {

    private static final Logger LOG = Logger.getLogger(MyAccount.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private SecondFactorPolicy secondFactor;

    @EJB
    private UserAccounts accounts;

    @EJB
    private LoginThrottle throttle;

    @EJB
    private Outbox outbox;

    public AccountProfile profile() {
        User user = caller();
        return new AccountProfile(
                user.email(),
                user.displayName(),
                user.phone(),
                !user.orderTextsOff(),
                user.preferredLanguage(),
                user.secondFactorChosen(),
                secondFactor.requiredByRole(user),
                !user.holdsStaffRole());
    }

    /**
     * @throws InvalidPhone when the phone is not in E.164 form
     * @throws InvalidInput when the name is empty or the language unknown
     */
    public void update(String displayName, String phone, String language, boolean wantsSecondFactor) {
        update(displayName, phone, true, language, wantsSecondFactor);
    }

    /**
     * Like {@link #update(String, String, String, boolean)}, with the order texts (confirmation and
     * reminder by text message) on or off.
     */
    public void update(
            String displayName, String phone, boolean orderTexts, String language, boolean wantsSecondFactor) {
        User user = caller();
        PhoneNumber number = PhoneNumber.ofOptional(phone);
        InvalidInput.check(() -> user.updateProfile(displayName, number, language));
        user.chooseSecondFactor(wantsSecondFactor);
        user.chooseOrderTexts(orderTexts);
    }

    /**
     * Deletes the caller's account after checking the password: personal data is erased and the
     * account disabled, the row stays for the orders that refer to it (see {@link User#anonymise}).
     * Its links, login challenges, devices and mail in the outbox go. A wrong password counts
     * towards the login's lock.
     *
     * @throws WrongPassword when the password is wrong
     * @throws DomainException {@code account.delete.staff} for staff accounts, which an admin closes
     */
    public void delete(String password) {
        User user = caller();
        String email = user.email();
        if (user.holdsStaffRole()) {
            throw new DomainException("account.delete.staff");
        }
        if (throttle.lockedUntil(email).isPresent()) {
            throw new DomainException("login.locked");
        }
        if (!PasswordHash.verify(password, user.passwordHash())) {
            throttle.recordFailure(email);
            throw new WrongPassword();
        }
        for (String forget : new String[] {"AccountToken.ofUser", "LoginChallenge.ofUser", "KnownDevice.ofUser"}) {
            em.createNamedQuery(forget).setParameter("user", user).executeUpdate();
        }
        user.anonymise(clock.instant());
        outbox.forgetRecipient(email);
        throttle.forget(email);
        LOG.info(() -> "Account " + user.id() + " was deleted by its owner");
    }

    private User caller() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || "anonymous".equals(principal.getName())) {
            throw new DomainException("account.notLoggedIn");
        }
        return accounts.findByEmail(principal.getName())
                .filter(user -> !user.deleted())
                .orElseThrow(() -> new DomainException("account.notLoggedIn"));
    }
}
