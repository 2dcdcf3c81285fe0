package org.marquee.core.payment;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten seconds on every node: tries again the refunds whose last attempt failed without a
 * decision (back-off per refund) or whose worker died. Safe on several nodes at once: taking a
 * refund leases it under the order's lock, and every attempt carries the refund's idempotency key.
 */
@Singleton
@DependsOn({"Migrations", "DemoData"})
public class RefundWorker {

    static final int BATCH = 50;

    private static final Logger LOG = Logger.getLogger(RefundWorker.class.getName());

    @EJB
    private RefundLedger ledger;

    @EJB
    private RefundAttempts attempts;

    @Schedule(hour = "*", minute = "*", second = "5/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        for (long id : ledger.due(BATCH)) {
            try {
                attempts.attempt(id, false);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Refund " + id + " could not be tried: " + e.getMessage());
            }
        }
    }
}
