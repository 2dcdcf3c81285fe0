package org.marquee.core.order;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.marquee.core.inventory.AvailabilityChanged;
import org.marquee.core.inventory.SeatHold;
import org.marquee.core.platform.DatabaseVendor;
import org.marquee.core.platform.SqlValues;

/**
 * get-seat for many buyers at once. Buyers who click at the same moment wait in one queue; whoever
 * finds no group running takes the waiting claims ({@link ClaimGroup}) and grants them with one
 * statement in its own short transaction ({@link #CLAIM_GROUP}), then wakes the others. Each
 * group costs PostgreSQL one statement and one commit instead of two statements and a commit per
 * claim, and the server no JPA and no JTA transaction: this is what lets one node answer an
 * on-sale burst (docs/benchmarks.md).
 *
 * <p>The statement grants a claim exactly when {@link SeatClaims#claim} would: the order is the
 * buyer's, live and under its limit (its row locked, in id order), the seat is the session's, not
 * disabled, and free or held by an expired order. Every claim it does not grant, for whatever
 * reason, goes to {@link SeatClaims#claim}, which decides again in a transaction of its own and
 * says why it refuses; so refusals, and any failure of the group (a deadlock with another node's
 * group, a timeout), cost only time, never a wrong answer. On H2 (the embedded demo) every claim
 * goes that single way.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GroupedSeatClaims {

    /**
     * One group of claims: order ids, token hashes and seat ids as three arrays of the same
     * length, at most one claim per order and per seat. The orders are locked in id order and
     * found by their primary key only ({@code any} of an array, also where their count grows by
     * what the group gave them), the seats by theirs: on tables without statistics (a fresh
     * database, autovacuum off) PostgreSQL otherwise plans a join as a scan of every order.
     */
    public static final String CLAIM_GROUP = "with claim (order_id, token_hash, seat_id) as ("
            + " select * from unnest(?::bigint[], ?::text[], ?::bigint[])),"
            + " live as ("
            + " select o.id, o.session_id, o.expire_if_not_completed_at as until from event_session_order o"
            + " where o.id = any (?::bigint[])"
            + " and o.token_hash = (select c.token_hash from claim c where c.order_id = o.id)"
            + " and (o.status = 'PENDING' and o.expire_if_not_completed_at > ?) is true"
            + " and o.tickets < case when o.requested_tickets > 0 then o.requested_tickets else o.max_tickets end"
            + " order by o.id for update of o),"
            + " held as ("
            + " update session_seat ss set order_id = live.id, held_until = live.until"
            + " from claim join live on live.id = claim.order_id"
            + " where ss.session_id = live.session_id and ss.seat_id = claim.seat_id and ss.held_until < ?"
            + " and exists (select 1 from seat s where s.id = ss.seat_id and s.disabled = false)"
            + " returning ss.order_id, ss.session_id, ss.seat_id, ss.held_until),"
            + " counted as ("
            + " update event_session_order o set tickets = o.tickets + g.n"
            + " from (select order_id, count(*) as n from held group by order_id) g"
            + " where o.id = any (?::bigint[]) and o.id = g.order_id)"
            + " select order_id, session_id, seat_id, held_until from held";

    /** The most claims in one statement. */
    static final int MAX_GROUP = 64;

    /** How long a waiting buyer sleeps at most before it looks again (it is woken sooner). */
    private static final long PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private static final int TIMEOUT_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(GroupedSeatClaims.class.getName());

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource dataSource;

    @Inject
    private Event<AvailabilityChanged> changes;

    @Inject
    private Clock clock;

    private final ConcurrentLinkedDeque<Waiting> queue = new ConcurrentLinkedDeque<>();

    private final ReentrantLock turn = new ReentrantLock();

    /** Groups on PostgreSQL only: H2 keeps the single path. */
    @Inject
    private DatabaseVendor vendor;

    /**
     * The group's part alone: the hold if a group granted it, else nothing (on H2 always nothing),
     * and then the caller asks {@link SeatClaims#claim}, which decides and says why.
     */
    public Optional<SeatHold> claimTogether(OrderAccess access, long seatId) {
        if (vendor != DatabaseVendor.POSTGRESQL) {
            return Optional.empty();
        }
        return Optional.ofNullable(inGroup(new Waiting(access, seatId, Thread.currentThread())));
    }

    private SeatHold inGroup(Waiting me) {
        queue.addLast(me);
        while (!me.done) {
            if (turn.tryLock()) {
                try {
                    if (!me.done) {
                        runGroup();
                    }
                } finally {
                    turn.unlock();
                }
                // Whoever waits first now runs the next group.
                Waiting next = queue.peekFirst();
                if (next != null) {
                    LockSupport.unpark(next.thread);
                }
            } else {
                LockSupport.parkNanos(this, PARK_NANOS);
            }
        }
        return me.held;
    }

    /** Runs one group off the queue; every claim taken is answered, granted or not, whatever happens. */
    private void runGroup() {
        List<Waiting> group = ClaimGroup.take(queue, MAX_GROUP);
        Map<Waiting, SeatHold> granted = Map.of();
        try {
            granted = grant(group);
        } catch (SQLException | RuntimeException e) {
            // A deadlock with another node's group, a timeout, a lost connection: each claim
            // then goes its own way, which decides again.
            LOG.log(
                    Level.WARNING,
                    "A group of " + group.size() + " seat claims failed; they are claimed one by one",
                    e);
        } finally {
            for (Waiting waiting : group) {
                waiting.answer(granted.get(waiting));
            }
        }
        push(granted.values());
    }

    private Map<Waiting, SeatHold> grant(List<Waiting> group) throws SQLException {
        Instant now = clock.instant();
        Long[] orderIds = new Long[group.size()];
        String[] tokenHashes = new String[group.size()];
        Long[] seatIds = new Long[group.size()];
        Map<Long, Waiting> byOrder = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            Waiting waiting = group.get(i);
            orderIds[i] = waiting.access.orderId();
            tokenHashes[i] = waiting.access.tokenHash();
            seatIds[i] = waiting.seatId;
            byOrder.put(waiting.access.orderId(), waiting);
        }
        Map<Waiting, SeatHold> granted = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(CLAIM_GROUP)) {
            Array orders = connection.createArrayOf("bigint", orderIds);
            statement.setArray(1, orders);
            statement.setArray(2, connection.createArrayOf("text", tokenHashes));
            statement.setArray(3, connection.createArrayOf("bigint", seatIds));
            statement.setArray(4, orders);
            statement.setObject(5, SqlValues.at(now));
            statement.setObject(6, SqlValues.at(now));
            statement.setArray(7, orders);
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Waiting waiting = byOrder.get(rows.getLong(1));
                    if (waiting != null && waiting.seatId == rows.getLong(3)) {
                        granted.put(
                                waiting,
                                new SeatHold(
                                        waiting.access.orderId(),
                                        rows.getLong(2),
                                        waiting.seatId,
                                        rows.getObject(4, OffsetDateTime.class).toInstant()));
                    }
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        return granted;
    }

    /** Tells the open seat maps, one change per session, after the group's commit. */
    private void push(Iterable<SeatHold> held) {
        Map<Long, List<Long>> bySession = new LinkedHashMap<>();
        for (SeatHold hold : held) {
            bySession.computeIfAbsent(hold.sessionId(), id -> new ArrayList<>()).add(hold.seatId());
        }
        try {
            bySession.forEach((session, seatIds) -> changes.fire(new AvailabilityChanged(session, seatIds, List.of())));
        } catch (RuntimeException e) {
            // The claims are granted and answered; a page that misses this push is corrected by the next.
            LOG.log(Level.WARNING, "Could not announce seats claimed together", e);
        }
    }

    /** A buyer's claim while it waits for its group. */
    private static final class Waiting implements ClaimGroup.Claim {

        private final OrderAccess access;
        private final long seatId;
        private final Thread thread;
        private SeatHold held;
        private volatile boolean done;

        Waiting(OrderAccess access, long seatId, Thread thread) {
            this.access = access;
            this.seatId = seatId;
            this.thread = thread;
        }

        @Override
        public long orderId() {
            return access.orderId();
        }

        @Override
        public long seatId() {
            return seatId;
        }

        /** The group's answer: the hold, or null for "ask the single way". */
        void answer(SeatHold hold) {
            held = hold;
            done = true;
            LockSupport.unpark(thread);
        }
    }
}
