package org.marquee.core.identity;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Whether a logged-in session may go on: its account still exists, is enabled, and has not
 * ended its sessions (password reset, deletion) since the session logged in. Asked by every
 * panel for every request of a logged-in session, so one indexed read by email.
 */
@Stateless
public class SessionValidity {

    @PersistenceContext
    private EntityManager em;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isValid(String email, Instant loggedInAt) {
        return em.createNamedQuery("User.byEmail", User.class)
                .setParameter("email", EmailAddress.normalize(email))
                // Another node may have ended the sessions: never the second-level cache's copy.
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .getResultStream()
                .findFirst()
                .map(user -> user.sessionValid(loggedInAt))
                .orElse(false);
    }
}
