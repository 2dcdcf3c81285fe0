package org.marquee.core.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.marquee.core.notify.Outbox;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.InvalidInput;

/**
 * The logged-in user's own account: the profile (name, phone for SMS, language of mail, the
 * emailed code at login) and deletion. Always the caller's account, whatever a page sends.
 */
@Stateless
@PermitAll // every method names the roles: any signed-in account, its own data only
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

    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.VENUE, Role.Names.ARTIST, Role.Names.BUYER})
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
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.VENUE, Role.Names.ARTIST, Role.Names.BUYER})
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
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.VENUE, Role.Names.ARTIST, Role.Names.BUYER})
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

    /**
     * Changes the caller's password after checking the current one, and ends every other session
     * of the account (those that logged in before now, and every recorded one but this browser's).
     * A wrong current password counts towards the login's lock.
     *
     * @param currentSession this browser's session key, which stays signed in
     * @return the moment of the change: this browser's session counts as logged in after it
     * @throws WrongPassword when the current password is wrong
     * @throws WeakPassword when the new one is too short or too long
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.MARKETING, Role.Names.VENUE, Role.Names.ARTIST, Role.Names.BUYER})
    public Instant changePassword(String currentPassword, String newPassword, String currentSession) {
        User user = caller();
        String email = user.email();
        if (throttle.lockedUntil(email).isPresent()) {
            throw new DomainException("login.locked");
        }
        if (currentPassword == null || !PasswordHash.verify(currentPassword, user.passwordHash())) {
            throttle.recordFailure(email);
            throw new WrongPassword();
        }
        PasswordPolicy.check(newPassword);
        Instant now = clock.instant();
        user.changePassword(PasswordHash.hash(newPassword));
        user.endSessionsBefore(now);
        int ended = LoginSessions.endOthers(em, user, currentSession, now);
        LOG.info(() -> "Account " + user.id() + " changed its password; " + ended + " other sessions ended");
        return now;
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
