package org.marquee.core.payment;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works through the bulk cancellations: every ten seconds on every node, and at once when an admin
 * cancels. Each due row (leased, so nodes take disjoint rows) is cancelled under its order's lock
 * with its refund decided, then the refund is tried at the provider outside any transaction with
 * the refund's idempotency key. A failure leaves the row waiting (back-off); a worker that dies
 * leaves it leased until the lease runs out; a re-run finds cancelled orders and decided refunds
 * as they are. So each order is cancelled, paid back and told exactly once, restart or not.
 */
@Singleton
@DependsOn({"Migrations", "DemoData"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CancellationRunner {

    static final int BATCH = 20;

    private static final Logger LOG = Logger.getLogger(CancellationRunner.class.getName());

    private final String owner = ManagementFactory.getRuntimeMXBean().getName() + "/"
            + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicBoolean running = new AtomicBoolean();

    @EJB
    private CancellationLedger ledger;

    @EJB
    private RefundAttempts attempts;

    @Resource
    private ManagedExecutorService executor;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    public void scheduled() {
        runAll();
    }

    /** Starts a run off the caller's thread once the job is committed (an admin just cancelled). */
    public void requested(@Observes(during = TransactionPhase.AFTER_SUCCESS) CancellationRequested requested) {
        executor.execute(this::runAll);
    }

    /** Works until nothing is due; one run per node at a time. */
    public void runAll() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (runOnce(BATCH) > 0) {
                // next batch
            }
        } finally {
            running.set(false);
        }
    }

    /** Works through at most {@code limit} due rows; returns how many were taken. */
    public int runOnce(int limit) {
        List<CancellationLedger.Item> items = ledger.take(limit, owner);
        for (CancellationLedger.Item item : items) {
            process(item);
        }
        return items.size();
    }

    private void process(CancellationLedger.Item item) {
        try {
            Optional<Long> refund = ledger.cancel(item, "cancellation " + item.jobId());
            if (refund.isPresent()) {
                attempts.attempt(refund.get(), false);
                ledger.refundAnswered(item, refund.get());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cancelling order " + item.orderId() + " (job " + item.jobId() + ") failed", e);
            ledger.postpone(item, e.toString());
        }
    }
}
