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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Counts failed logins (and password reset requests) per email in the database, so the limit
 * holds across server nodes, and answers whether a login is locked for now.
 */
@Stateless
public class LoginThrottle {

    private static final int MAX_FAILURES_READ = 50;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public Optional<Instant> lockedUntil(String login) {
        return lockedUntil(Throttled.LOGIN, login);
    }

    public Optional<Instant> lockedUntil(Throttled kind, String login) {
        Instant now = clock.instant();
        List<Instant> recent = em.createNamedQuery("LoginFailure.recent", Instant.class)
                .setParameter("login", kind.key(login))
                .setParameter("since", kind.policy().windowStart(now))
                .setMaxResults(MAX_FAILURES_READ)
                .getResultList();
        return kind.policy().lockedUntil(recent, now);
    }

    /** In its own transaction: a failure counts even when the caller's transaction rolls back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordFailure(String login) {
        record(Throttled.LOGIN, login);
    }

    /** In its own transaction, like {@link #recordFailure(String)}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(Throttled kind, String login) {
        em.persist(new LoginFailure(kind.key(login), clock.instant()));
    }

    public void recordSuccess(String login) {
        em.createNamedQuery("LoginFailure.clear")
                .setParameter("login", Throttled.LOGIN.key(login))
                .executeUpdate();
    }

    /** Every count of an address, of every kind: its account is gone. */
    public void forget(String login) {
        for (Throttled kind : Throttled.values()) {
            em.createNamedQuery("LoginFailure.clear")
                    .setParameter("login", kind.key(login))
                    .executeUpdate();
        }
    }

    /** Failures older than the longest window count for nothing; any node may delete them. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    void purgeOld() {
        Instant now = clock.instant();
        Instant before = Arrays.stream(Throttled.values())
                .map(kind -> kind.policy().windowStart(now))
                .min(Instant::compareTo)
                .orElseThrow();
        em.createNamedQuery("LoginFailure.purge").setParameter("before", before).executeUpdate();
    }
}
