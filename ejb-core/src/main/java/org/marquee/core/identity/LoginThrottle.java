package org.marquee.core.identity;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Counts failed logins per login name in the database, so the limit holds across server nodes,
 * and answers whether a login is locked for now.
 */
@Stateless
public class LoginThrottle {

    private static final int MAX_FAILURES_READ = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    private final ThrottlePolicy policy = ThrottlePolicy.LOGIN;

    public Optional<Instant> lockedUntil(String login) {
        Instant now = clock.instant();
        List<Instant> recent = em.createNamedQuery("LoginFailure.recent", Instant.class)
                .setParameter("login", EmailAddress.normalize(login))
                .setParameter("since", policy.windowStart(now))
                .setMaxResults(MAX_FAILURES_READ)
                .getResultList();
        return policy.lockedUntil(recent, now);
    }

    /** In its own transaction: a failure counts even when the caller's transaction rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String login) {
        em.persist(new LoginFailure(EmailAddress.normalize(login), clock.instant()));
    }

    public void recordSuccess(String login) {
        em.createNamedQuery("LoginFailure.clear")
                .setParameter("login", EmailAddress.normalize(login))
                .executeUpdate();
    }

    /** Failures older than the window count for nothing; any node may delete them. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    void purgeOld() {
        em.createNamedQuery("LoginFailure.purge")
                .setParameter("before", policy.windowStart(clock.instant()))
                .executeUpdate();
    }
}
