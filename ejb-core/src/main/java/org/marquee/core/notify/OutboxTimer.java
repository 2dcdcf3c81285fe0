package org.marquee.core.notify;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Polls the outbox on every node, with a fixed pause between runs (so runs of one node never
 * overlap; runs of several nodes may, which the dispatcher is built for). Not an EJB timer: a
 * persistent timer would run on one node only, and an interval timer would warn each time a slow
 * run overlaps the next tick.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class OutboxTimer {

    private static final Logger LOG = Logger.getLogger(OutboxTimer.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private OutboxDispatcher dispatcher;

    @Inject
    private OutboxSettings settings;

    private ScheduledFuture<?> polling;
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        long interval = settings.pollInterval().toMillis();
        polling = scheduler.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Outbox dispatcher polls every " + interval + " ms");
    }

    private void poll() {
        // An exception escaping the task would end the schedule for good.
        try {
            dispatcher.dispatchDue();
        } catch (RuntimeException e) {
            // While the application is undeployed, a run still going may find the beans gone.
            LOG.log(stopping ? Level.FINE : Level.WARNING, "Outbox run failed; the next run tries again", e);
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (polling != null) {
            polling.cancel(false);
        }
    }
}
