package org.marquee.core.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.marquee.core.identity.sso.ProviderIdentity;
import org.marquee.core.identity.sso.SsoRefused;
import org.marquee.core.platform.EmailAddress;

/**
 * Turns a validated provider identity into one of our users. A provider account already linked
 * signs in its user. Otherwise the address must be one the provider verified: it then links the
 * account of that address, or creates a buyer with it. An unverified address never reaches an
 * account, so nobody takes over an account by claiming its address at a lax provider.
 */
@Stateless
public class SsoAccounts {

    private static final Logger LOG = Logger.getLogger(SsoAccounts.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private UserAccounts accounts;

    @Inject
    private Clock clock;

    public SsoCredential signIn(ProviderIdentity identity) {
        Instant now = clock.instant();
        Optional<SsoLink> known = em.createNamedQuery("SsoLink.bySubject", SsoLink.class)
                .setParameter("provider", identity.provider())
                .setParameter("subject", identity.subject())
                .getResultStream()
                .findFirst();
        if (known.isPresent()) {
            known.get().usedAt(now);
            return credentialFor(known.get().user());
        }
        EmailAddress email = verifiedEmail(identity)
                .orElseThrow(() -> new SsoRefused(
                        SsoRefused.Reason.NO_VERIFIED_EMAIL,
                        identity.provider().label() + " gave no verified address for subject " + identity.subject()));
        User user = accounts.findByEmail(email.value()).orElseGet(() -> newBuyer(identity, email, now));
        if (!user.enabled()) {
            throw disabled(user);
        }
        user.provenByProvider();
        // The address moved to another account at the provider: that account now proves it.
        em.createNamedQuery("SsoLink.byUserAndProvider", SsoLink.class)
                .setParameter("user", user)
                .setParameter("provider", identity.provider())
                .getResultStream()
                .forEach(em::remove);
        em.flush();
        em.persist(new SsoLink(identity.provider(), identity.subject(), user, now));
        LOG.info(() -> identity.provider().label() + " account linked to user " + user.id());
        return credentialFor(user);
    }

    /** The address that may link or create an account: present, well-formed and verified. */
    static Optional<EmailAddress> verifiedEmail(ProviderIdentity identity) {
        if (!identity.emailVerified() || !EmailAddress.isValid(identity.email())) {
            return Optional.empty();
        }
        return Optional.of(new EmailAddress(identity.email()));
    }

    private User newBuyer(ProviderIdentity identity, EmailAddress email, Instant now) {
        String name = identity.displayName() != null
                ? identity.displayName()
                : email.value().substring(0, email.value().indexOf('@'));
        User user = User.signedUpThroughProvider(email, name.length() > 200 ? name.substring(0, 200) : name, now);
        em.persist(user);
        LOG.info(() -> "New buyer signed up through " + identity.provider().label());
        return user;
    }

    private static SsoCredential credentialFor(User user) {
        if (!user.enabled()) {
            throw disabled(user);
        }
        return new SsoCredential(user);
    }

    private static SsoRefused disabled(User user) {
        return new SsoRefused(SsoRefused.Reason.ACCOUNT_DISABLED, "User " + user.id() + " is disabled");
    }
}
