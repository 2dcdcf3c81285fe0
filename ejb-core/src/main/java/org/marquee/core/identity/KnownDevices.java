package org.marquee.core.identity;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;

/**
 * The browsers each user logged in from. A login from one the account has not seen mails the owner
 * an alert, except the very first login of an account, which has nothing to compare with.
 */
@Stateless
public class KnownDevices {

    /** As long as the cookie lives: a browser unseen for longer is a stranger again. */
    public static final Duration REMEMBERED = Duration.ofDays(400);

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AccountMails mails;

    /** Called in the transaction that completes a login. */
    public void recognise(User user, String deviceSecret, String userAgent, Instant now) {
        String summary = UserAgentSummary.of(userAgent);
        String hash = Secrets.hash(deviceSecret);
        KnownDevice known = em.createNamedQuery("KnownDevice.find", KnownDevice.class)
                .setParameter("user", user)
                .setParameter("hash", hash)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (known != null) {
            known.seenAgain(summary, now);
            return;
        }
        long before = em.createNamedQuery("KnownDevice.count", Long.class)
                .setParameter("user", user)
                .getSingleResult();
        KnownDevice device = new KnownDevice(user, hash, summary, now);
        em.persist(device);
        em.flush();
        if (before > 0) {
            mails.newLogin(user, device.id(), summary, now);
        }
    }
}
