package org.marquee.core.order;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
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
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.marquee.core.inventory.AvailabilityChanged;
import org.marquee.core.inventory.SeatHold;
import org.marquee.core.platform.SqlValues;

/**
 * Grants a group of get-seat claims with one statement ({@link #CLAIM_GROUP}) in its own short
 * transaction, then tells the open seat maps. {@link SeatClaimQueue} gathers the claims of the same
 * moment and calls this on the container's managed executor; no thread waits in here. Each group
 * costs PostgreSQL one statement and one commit instead of two statements and a commit per claim,
 * and the server no JPA and no JTA transaction: this is what lets one node answer an on-sale burst
 * (docs/benchmarks.md).
 *
 * <p>The statement grants a claim exactly when {@link SeatClaims#claim} would: the order is the
 * buyer's, live and under its limit ({@link ClaimRule}; its row locked, in id order), the seat is
 * the session's, not disabled, and free or held by an expired order. Every claim it does not grant,
 * for whatever reason, goes to {@link SeatClaims#claim}, which decides again in a transaction of its
 * own and says why it refuses; so refusals, and any failure of the group (a deadlock with another
 * node's group, a timeout), cost only time, never a wrong answer. PostgreSQL only: on H2 (the
 * embedded demo) every claim goes the single way.
 */
@Stateless
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
            + " and " + ClaimRule.liveSql("o.")
            + " and o.tickets < " + ClaimRule.limitSql("o.")
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

    private static final int TIMEOUT_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(GroupedSeatClaims.class.getName());

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource dataSource;

    @Inject
    private Event<AvailabilityChanged> changes;

    @Inject
    private Clock clock;

    /**
     * The holds the group granted, by the claim's place in the list; a claim not in the answer
     * goes the single way. At most one claim per order and per seat ({@link ClaimGroup#take}). A
     * failed statement grants nothing and is logged: each claim then decides on its own.
     */
    public Map<Integer, SeatHold> grant(List<? extends GroupClaim> group) {
        Map<Integer, SeatHold> granted = Map.of();
        try {
            granted = run(group);
        } catch (SQLException | RuntimeException e) {
            // A deadlock with another node's group, a timeout, a lost connection.
            LOG.log(
                    Level.WARNING,
                    "A group of " + group.size() + " seat claims failed; they are claimed one by one",
                    e);
        }
        push(granted.values());
        return granted;
    }

    private Map<Integer, SeatHold> run(List<? extends GroupClaim> group) throws SQLException {
        Instant now = clock.instant();
        Long[] orderIds = new Long[group.size()];
        String[] tokenHashes = new String[group.size()];
        Long[] seatIds = new Long[group.size()];
        Map<Long, Integer> byOrder = new HashMap<>();
        for (int i = 0; i < group.size(); i++) {
            GroupClaim claim = group.get(i);
            orderIds[i] = claim.access().orderId();
            tokenHashes[i] = claim.access().tokenHash();
            seatIds[i] = claim.seatId();
            byOrder.put(claim.orderId(), i);
        }
        Map<Integer, SeatHold> granted = new HashMap<>();
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
                    Integer index = byOrder.get(rows.getLong(1));
                    if (index != null && group.get(index).seatId() == rows.getLong(3)) {
                        granted.put(
                                index,
                                new SeatHold(
                                        rows.getLong(1),
                                        rows.getLong(2),
                                        rows.getLong(3),
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

    /** A buyer's claim in a group: the order's access and the seat. */
    public interface GroupClaim extends ClaimGroup.Claim {

        OrderAccess access();

        @Override
        default long orderId() {
            return access().orderId();
        }
    }
}
