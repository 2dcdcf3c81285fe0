package org.marquee.core.identity;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes what no one can use any more: links a week after they expired (until then a click is
 * told "expired" rather than "unknown"), login challenges a day after, devices unseen for as long
 * as their cookie lives, signed-in sessions a month after they were last seen (the owner's list
 * shows only live ones). Any node may run it; the deletes are idempotent.
 */
@Stateless
public class AccountHousekeeping {

    static final Duration LINKS_KEPT = Duration.ofDays(7);
    static final Duration CHALLENGES_KEPT = Duration.ofDays(1);
    static final Duration LOGIN_SESSIONS_KEPT = Duration.ofDays(30);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Schedule(hour = "3", minute = "41", persistent = false)
    void purge() {
        Instant now = clock.instant();
        em.createNamedQuery("AccountToken.purge")
                .setParameter("before", now.minus(LINKS_KEPT))
                .executeUpdate();
        em.createNamedQuery("LoginChallenge.purge")
                .setParameter("before", now.minus(CHALLENGES_KEPT))
                .executeUpdate();
        em.createNamedQuery("KnownDevice.purge")
                .setParameter("before", now.minus(KnownDevices.REMEMBERED))
                .executeUpdate();
        em.createNamedQuery("LoginSession.purge")
                .setParameter("before", now.minus(LOGIN_SESSIONS_KEPT))
                .executeUpdate();
    }
}
