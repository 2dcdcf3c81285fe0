package org.marquee.core.inventory;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The listening end of the shared channel on one node: one connection of the pool, kept for as
 * long as the application runs, LISTENs on {@link #CHANNEL} and hands every notice another node
 * sent to {@code deliver}. A lost connection is given back (the pool sees it broken and drops it)
 * and replaced after a pause that doubles up to {@link #LONGEST_PAUSE_MILLIS}; a quiet connection is
 * probed now and then, so a connection that died silently is noticed too. PostgreSQL only.
 */
final class AvailabilityListener implements Runnable {

    static final String CHANNEL = "marquee_availability";

    /** How the listening backend shows in {@code pg_stat_activity} (set once it listens). */
    static final String APPLICATION_NAME = "marquee-availability-listener";

    static final long FIRST_PAUSE_MILLIS = 250;
    static final long LONGEST_PAUSE_MILLIS = 10_000;

    /** How long one wait for notifications lasts: also how long stopping can take. */
    private static final int WAIT_MILLIS = 500;

    private static final long PROBE_AFTER_NANOS = 30_000_000_000L;

    private static final Logger LOG = Logger.getLogger(AvailabilityListener.class.getName());

    private final DataSource dataSource;
    private final String origin;
    private final Consumer<AvailabilityNotice> deliver;
    private volatile boolean stopping;
    private long pause = FIRST_PAUSE_MILLIS;

    AvailabilityListener(DataSource dataSource, String origin, Consumer<AvailabilityNotice> deliver) {
        this.dataSource = dataSource;
        this.origin = origin;
        this.deliver = deliver;
    }

    @Override
    public void run() {
        while (!stopping) {
            try {
                listen();
            } catch (SQLException | RuntimeException e) {
                if (stopping) {
                    break;
                }
                LOG.log(Level.WARNING, "The availability channel is lost; listening again in " + pause + " ms", e);
                rest();
            }
        }
    }

    /** Ends listening within {@code WAIT_MILLIS}. */
    void stop() {
        stopping = true;
    }

    private void listen() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            PGConnection notifications = connection.unwrap(PGConnection.class);
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                    statement.execute("set application_name = '" + APPLICATION_NAME + "'");
                }
                pause = FIRST_PAUSE_MILLIS;
                LOG.info(() -> "Listening to availability changes of other nodes (this node is " + origin + ")");
                receive(connection, notifications);
            } finally {
                giveBack(connection);
            }
        }
    }

    private void receive(Connection connection, PGConnection notifications) throws SQLException {
        long quietSince = System.nanoTime();
        while (!stopping) {
            PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                quietSince = System.nanoTime();
                for (PGNotification notification : received) {
                    hand(notification.getParameter());
                }
            } else if (System.nanoTime() - quietSince > PROBE_AFTER_NANOS) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("select 1");
                }
                quietSince = System.nanoTime();
            }
        }
    }

    private void hand(String payload) {
        var notice = AvailabilityNotice.decode(payload);
        if (notice.isEmpty()) {
            LOG.warning(() -> "Ignored an availability notice this version does not read: " + payload);
            return;
        }
        if (notice.get().origin().equals(origin)) {
            return; // this node pushed its own change directly
        }
        try {
            deliver.accept(notice.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not pass on an availability notice: " + payload, e);
        }
    }

    /**
     * Readies the connection for the pool: it must not keep listening there. On a broken
     * connection this fails with SQLState 08006, which the datasource's exception sorter takes as
     * fatal: the pool then destroys the connection instead of lending it to a request.
     */
    private static void giveBack(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("unlisten *");
            statement.execute("reset application_name");
        } catch (SQLException broken) {
            LOG.log(Level.FINE, "The listening connection is broken; the pool drops it", broken);
        }
    }

    private void rest() {
        try {
            Thread.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
        pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
    }
}
