package org.marquee.core.marketing;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Looks every second for newsletters with a batch due, on every node (the sender's row lock lets
 * one node enqueue a batch). The throttle is the newsletter's own: this only notices when it is
 * time.
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class NewsletterTimer {

    static final long POLL_MILLIS = 1000;

    private static final Logger LOG = Logger.getLogger(NewsletterTimer.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private NewsletterSender sender;

    private ScheduledFuture<?> polling;
    private volatile boolean stopping;

    @PostConstruct
    void start() {
        polling = scheduler.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void poll() {
        try {
            for (Long id : sender.due()) {
                sender.sendBatch(id);
            }
        } catch (RuntimeException e) {
            LOG.log(stopping ? Level.FINE : Level.WARNING, "Newsletter run failed; the next run tries again", e);
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
