package org.marquee.core.inventory;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * After every committed claim or release (a buyer's, the sweeper's), has {@link SoldOut} decide
 * whether the session is sold out or back on sale: off the buyer's thread, one session at a time,
 * each session once however many of its changes queued up meanwhile. So the on-sale burst pays
 * nothing for it, and the status follows the last change within moments. Each node watches its
 * own changes; the decision locks the session, so two nodes deciding at once take turns.
 */
@ApplicationScoped
public class SoldOutWatch {

    private static final Logger LOG = Logger.getLogger(SoldOutWatch.class.getName());

    @EJB
    private SoldOut soldOut;

    @Resource
    private ManagedExecutorService executor;

    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean deciding = new AtomicBoolean();

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AvailabilityChanged change) {
        queued.add(change.sessionId());
        startDeciding();
    }

    private void startDeciding() {
        if (deciding.compareAndSet(false, true)) {
            try {
                executor.execute(this::decideQueued);
            } catch (RejectedExecutionException e) {
                deciding.set(false);
                LOG.log(Level.FINE, "Not deciding sold out while the application stops", e);
            }
        }
    }

    private void decideQueued() {
        try {
            Iterator<Long> sessions = queued.iterator();
            while (sessions.hasNext()) {
                long session = sessions.next();
                sessions.remove();
                decide(session);
                sessions = queued.iterator();
            }
        } finally {
            deciding.set(false);
        }
        if (!queued.isEmpty()) {
            startDeciding(); // queued between the last look and the end of this run
        }
    }

    private void decide(long session) {
        try {
            soldOut.reassess(session);
        } catch (RuntimeException e) {
            // The session's next change decides again; until then its status may lag.
            LOG.log(Level.WARNING, "Deciding whether session " + session + " is sold out failed", e);
        }
    }
}
