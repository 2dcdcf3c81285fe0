package org.marquee.core.identity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;

/** Finds a mailed link's token by the secret in the link. */
final class Tokens {

    private Tokens() {}

    static Optional<AccountToken> find(EntityManager em, String secret, TokenPurpose purpose, LockModeType lock) {
        if (!Secrets.isWellFormed(secret)) {
            return Optional.empty();
        }
        return em.createNamedQuery("AccountToken.byHash", AccountToken.class)
                .setParameter("hash", Secrets.hash(secret))
                .setParameter("purpose", purpose)
                .setLockMode(lock)
                .getResultStream()
                .findFirst();
    }
}
