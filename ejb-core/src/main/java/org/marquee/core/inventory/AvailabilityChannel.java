package org.marquee.core.inventory;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.marquee.core.platform.DatabaseVendor;

/**
 * The channel that carries changes of availability between the nodes of a cluster, so that a
 * claim on one node reaches the open seat maps on every node: PostgreSQL's LISTEN/NOTIFY on
 * {@value AvailabilityListener#CHANNEL}. {@link AvailabilityAnnouncer} sends this node's
 * committed changes; {@link AvailabilityListener} receives the other nodes' and fires them here as
 * {@link AvailabilityChangedElsewhere}. Each node tells its own notices by a random origin id and
 * skips them, since it pushes its own changes directly. On H2 (the single-node demo) there is no
 * NOTIFY and no channel: pushes stay on the node, which is all there is.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AvailabilityChannel {

    private static final Logger LOG = Logger.getLogger(AvailabilityChannel.class.getName());

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource dataSource;

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    private Event<AvailabilityChangedElsewhere> elsewhere;

    @Inject
    private DatabaseVendor vendor;

    private final String origin = UUID.randomUUID().toString();
    private volatile boolean shared;
    private AvailabilityListener listener;
    private Thread listening;

    @PostConstruct
    void start() {
        shared = vendor == DatabaseVendor.POSTGRESQL;
        if (!shared) {
            LOG.info("No shared availability channel on this database: pushes reach this node's pages only");
            return;
        }
        listener = new AvailabilityListener(
                dataSource,
                origin,
                notice -> elsewhere.fire(new AvailabilityChangedElsewhere(
                        notice.sessionId(), notice.seatIds(), notice.sectionIds(), notice.wholeSession())));
        listening = threads.newThread(listener);
        listening.setName("marquee-availability-listener");
        listening.start();
    }

    @PreDestroy
    void stop() {
        if (listener == null) {
            return;
        }
        listener.stop();
        try {
            listening.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the nodes share changes (PostgreSQL), so this node must announce its own. */
    public boolean shared() {
        return shared;
    }

    /** This node's id in the notices it sends (new at every deployment). */
    public String origin() {
        return origin;
    }
}
