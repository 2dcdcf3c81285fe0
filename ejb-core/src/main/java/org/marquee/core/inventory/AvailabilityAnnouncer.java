package org.marquee.core.inventory;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Tells the other nodes about this node's committed changes of availability, through the shared
 * channel ({@link AvailabilityChannel}). After the commit, off the buyer's thread: one sender at a
 * time takes whatever queued up meanwhile and sends one notice per session (more only when its
 * ids do not fit one payload), so a burst of claims costs a few NOTIFYs, not one each. A notice
 * that cannot be sent is lost for the other nodes (logged): their pages show those seats' old
 * states until the seats change again or the page is reloaded, and the section counts until the
 * session's next change.
 */
@ApplicationScoped
public class AvailabilityAnnouncer {

    private static final Logger LOG = Logger.getLogger(AvailabilityAnnouncer.class.getName());

    @EJB
    private AvailabilityChannel channel;

    @Resource
    private ManagedExecutorService executor;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource dataSource;

    private final Queue<AvailabilityChanged> queued = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean sending = new AtomicBoolean();

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AvailabilityChanged change) {
        if (!channel.shared()) {
            return;
        }
        queued.add(change);
        startSending();
    }

    private void startSending() {
        if (sending.compareAndSet(false, true)) {
            try {
                executor.execute(this::sendQueued);
            } catch (RejectedExecutionException e) {
                sending.set(false);
                LOG.log(Level.FINE, "Not announcing availability while the application stops", e);
            }
        }
    }

    private void sendQueued() {
        try {
            while (!queued.isEmpty()) {
                send(payloads());
            }
        } finally {
            sending.set(false);
        }
        if (!queued.isEmpty()) {
            startSending(); // queued between the last look and the end of this run
        }
    }

    /** What queued up, merged per session and encoded. */
    private List<String> payloads() {
        Map<Long, Set<Long>> seats = new LinkedHashMap<>();
        Map<Long, Set<Long>> sections = new LinkedHashMap<>();
        for (AvailabilityChanged change; (change = queued.poll()) != null; ) {
            seats.computeIfAbsent(change.sessionId(), s -> new LinkedHashSet<>())
                    .addAll(change.seatIds());
            sections.computeIfAbsent(change.sessionId(), s -> new LinkedHashSet<>())
                    .addAll(change.sectionIds());
        }
        List<String> payloads = new ArrayList<>();
        seats.forEach((session, seatIds) ->
                payloads.addAll(AvailabilityNotice.encode(channel.origin(), session, seatIds, sections.get(session))));
        return payloads;
    }

    private void send(List<String> payloads) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            for (String payload : payloads) {
                notify.setString(1, AvailabilityListener.CHANNEL);
                notify.setString(2, payload);
                notify.execute();
            }
        } catch (SQLException | RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not tell the other nodes about " + payloads.size() + " availability change(s)",
                    e);
        }
    }
}
