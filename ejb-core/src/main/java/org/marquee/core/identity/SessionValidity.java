package org.marquee.core.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.marquee.core.platform.EmailAddress;

/**
 * Whether a logged-in session may go on: its account still exists, is enabled, and has not
 * ended its sessions (password reset, change, deletion) since the session logged in, and the
 * session itself was not ended by its owner. Asked by every panel for every request of a
 * logged-in session, so one indexed read by email and one by the session's key (a write at most
 * once a minute, for "last seen"). Open to every caller: it runs before the request's own checks.
 */
@Stateless
@PermitAll
public class SessionValidity {

    @EJB
    private LoginSessions loginSessions;

    @PersistenceContext
    private EntityManager em;

    /** The session of that login: {@code loginSession} is its key (null for one from before keys). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isValid(String email, Instant loggedInAt, String loginSession) {
        return isValid(email, loggedInAt) && loginSessions.seen(loginSession);
    }

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
