package org.marquee.core.order;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every few seconds on every node: cancels the orders whose hold ran out and frees their seats,
 * in batches, so that they reappear on every seat map without any buyer's request. Claims do not
 * wait for it (an expired hold is claimable anyway); it makes the release visible and final.
 * Safe on several nodes at once: each batch locks its orders with SKIP LOCKED.
 */
@Singleton
// After the demo catalog too (when MARQUEE_DEMO loads one): until every startup bean has run,
// WildFly holds each sweep at its first call, and the sweeps after it were logged as overlaps.
@DependsOn({"Migrations", "DemoData"})
public class HoldSweeper {

    static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(HoldSweeper.class.getName());

    @EJB
    private HoldRelease release;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        try {
            int released;
            do {
                released = release.releaseExpired(BATCH).size();
            } while (released == BATCH);
        } catch (RuntimeException e) {
            // The next run tries again; a timer that throws would be retried at once and logged twice.
            LOG.log(Level.WARNING, "Sweeping expired orders failed", e);
        }
    }
}
