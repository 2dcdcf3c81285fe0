package org.marquee.core.identity;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.platform.InvalidEmail;

/**
 * Creates users and finds them by their login. Anyone may create a buyer's account (sign-up, a
 * first sign-in with a provider, run as the visitor); an account with any other role only an
 * admin (the users page, or the demo loader running as one).
 */
@Stateless
@PermitAll
@DeclareRoles(Role.Names.ADMIN)
public class UserAccounts {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public User register(String email, String displayName, String password, Set<Role> roles) {
        if (!Set.of(Role.BUYER).containsAll(roles) && !context.isCallerInRole(Role.Names.ADMIN)) {
            throw new EJBAccessException("Only an admin creates an account with the roles " + roles);
        }
        if (!EmailAddress.isValid(email)) {
            throw new InvalidEmail(email);
        }
        EmailAddress address = new EmailAddress(email);
        PasswordPolicy.check(password);
        if (findByEmail(address.value()).isPresent()) {
            throw new EmailTaken(address);
        }
        User user = new User(address, displayName, PasswordHash.hash(password), roles, clock.instant());
        em.persist(user);
        return user;
    }

    public Optional<User> findByEmail(String email) {
        return em.createNamedQuery("User.byEmail", User.class)
                .setParameter("email", EmailAddress.normalize(email))
                .getResultStream()
                .findFirst();
    }

    public long count() {
        return em.createQuery("select count(u) from User u", Long.class).getSingleResult();
    }

    public long countWithRole(Role role) {
        return em.createNamedQuery("User.countWithRole", Long.class)
                .setParameter("role", role)
                .getSingleResult();
    }

    /**
     * Where the account's order texts go, with the language to write them in: empty when it has no
     * phone number, turned the texts off, or is gone.
     */
    public Optional<TextRecipient> orderTextRecipient(long userId) {
        return Optional.ofNullable(em.find(User.class, userId))
                .filter(User::wantsOrderTexts)
                .map(user -> new TextRecipient(user.phone(), user.preferredLanguage()));
    }

    /** A phone number in E.164 form and the language of the texts sent to it. */
    public record TextRecipient(String phone, String language) {}
}
