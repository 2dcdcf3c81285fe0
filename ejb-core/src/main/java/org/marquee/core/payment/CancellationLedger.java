package org.marquee.core.payment;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.marquee.core.order.EventSessionOrder;
import org.marquee.core.order.OrderSale;
import org.marquee.core.order.OrderStatus;
import org.marquee.core.order.OrderWithdrawal;
import org.marquee.core.platform.SqlValues;

/**
 * The bulk cancellation's own rows (tables {@code cancellation_job}, {@code cancellation_item}),
 * each change in one transaction: the job with one row per order, taking due rows for a worker
 * (leased, {@code SKIP LOCKED}, so nodes take disjoint rows), cancelling one order (and deciding
 * its refund) under the order's lock, and recording each row's outcome. A worker that dies leaves
 * its rows leased; they are due again once the lease ran out.
 */
@Stateless
public class CancellationLedger {

    static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private OrderSale sale;

    @EJB
    private OrderWithdrawal withdrawal;

    @EJB
    private RefundLedger refunds;

    @EJB
    private RefundMails mails;

    /** One row taken for a worker. */
    public record Item(long jobId, long orderId) {}

    /** A job for a session or an event: its id. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public long createJob(Long sessionId, Long eventId, String who) {
        long id = SqlValues.number(
                em.createNativeQuery("select nextval('cancellation_job_seq')").getSingleResult());
        // One of the two targets: no null is bound (EclipseLink binds a null as a string).
        em.createNativeQuery("insert into cancellation_job (id, " + (sessionId != null ? "session_id" : "event_id")
                        + ", requested_by, created_at) values (?, ?, ?, ?)")
                .setParameter(1, id)
                .setParameter(2, sessionId != null ? sessionId : eventId)
                .setParameter(3, who)
                .setParameter(4, SqlValues.at(clock.instant()))
                .executeUpdate();
        return id;
    }

    /**
     * Adds a row for every order of the session that is PAID or PENDING and has none in this job
     * yet (a re-run adds what it finds); returns how many were added.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int addOrders(long jobId, long sessionId) {
        return em.createNativeQuery("insert into cancellation_item (job_id, order_id, status, next_attempt_at)"
                        + " select ?, o.id, 'PENDING', ? from event_session_order o where o.session_id = ?"
                        + " and o.status in ('PAID', 'PENDING') and not exists (select 1 from cancellation_item i"
                        + " where i.job_id = ? and i.order_id = o.id)")
                .setParameter(1, jobId)
                .setParameter(2, SqlValues.at(clock.instant()))
                .setParameter(3, sessionId)
                .setParameter(4, jobId)
                .executeUpdate();
    }

    /** Rows due now, leased to {@code owner}; rows another worker holds are skipped. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Item> take(int limit, String owner) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select job_id, order_id from cancellation_item"
                        + " where status = 'PENDING' and next_attempt_at <= ?"
                        + " and (lease_until is null or lease_until < ?)"
                        + " order by next_attempt_at, order_id limit ? for update skip locked")
                .setParameter(1, SqlValues.at(now))
                .setParameter(2, SqlValues.at(now))
                .setParameter(3, limit)
                .getResultList();
        List<Item> items = rows.stream()
                .map(r -> new Item(SqlValues.number(r[0]), SqlValues.number(r[1])))
                .toList();
        for (Item item : items) {
            em.createNativeQuery("update cancellation_item set lease_owner = ?, lease_until = ?,"
                            + " attempts = attempts + 1 where job_id = ? and order_id = ?")
                    .setParameter(1, owner)
                    .setParameter(2, SqlValues.at(now.plus(LEASE)))
                    .setParameter(3, item.jobId())
                    .setParameter(4, item.orderId())
                    .executeUpdate();
        }
        return items;
    }

    /**
     * Cancels the order with its session, once: a PENDING one is cancelled and its buyer told; a
     * PAID one is cancelled, its tickets withdrawn and the refund of all that is left decided.
     * Returns the refund to make, if any; the row is done when there is none.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> cancel(Item item, String who) {
        EventSessionOrder order = sale.lock(item.orderId());
        OrderStatus was = withdrawal.cancelWithSession(order);
        if (was == OrderStatus.PENDING) {
            mails.cancelledUnpaid(order);
            done(item, "CANCELLED", null);
            return Optional.empty();
        }
        if (order.paidAt() == null || order.status() == OrderStatus.REFUNDED) {
            // Never paid (closed before the job came), or paid back in full already: nothing to refund.
            done(item, was == null ? "WAS_" + order.status() : "CANCELLED", null);
            return Optional.empty();
        }
        Optional<Long> refund = refunds.decideCancellation(order, who);
        if (refund.isEmpty()) {
            mails.cancelledUnpaid(order);
            done(item, "CANCELLED", null);
        }
        return refund;
    }

    /** What the refund of a row came to: done, or another attempt when the refund is due again. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refundAnswered(Item item, long refundId) {
        OrderRefund refund = refunds.find(refundId);
        switch (refund.status()) {
            case SUCCEEDED -> done(item, "REFUNDED", null);
            case FAILED -> done(item, "REFUND_REFUSED", refund.lastError());
            case REQUESTED -> em.createNativeQuery(
                            "update cancellation_item set next_attempt_at = ?,"
                                    + " lease_owner = null, lease_until = null, last_error = ? where job_id = ? and order_id = ?")
                    .setParameter(1, SqlValues.at(refund.retryAt() == null ? clock.instant() : refund.retryAt()))
                    .setParameter(2, refund.lastError())
                    .setParameter(3, item.jobId())
                    .setParameter(4, item.orderId())
                    .executeUpdate();
        }
    }

    /** The row could not be worked on now: another attempt after a pause. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void postpone(Item item, String error) {
        em.createNativeQuery(
                        "update cancellation_item set next_attempt_at = ?, lease_owner = null,"
                                + " lease_until = null, last_error = ? where job_id = ? and order_id = ? and status = 'PENDING'")
                .setParameter(1, SqlValues.at(clock.instant().plusSeconds(30)))
                .setParameter(2, error == null || error.length() <= 500 ? error : error.substring(0, 500))
                .setParameter(3, item.jobId())
                .setParameter(4, item.orderId())
                .executeUpdate();
    }

    /** Every waiting row of the job is due now (an admin runs it again). */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void dueNow(long jobId) {
        em.createNativeQuery("update cancellation_item set next_attempt_at = ? where job_id = ? and status = 'PENDING'")
                .setParameter(1, SqlValues.at(clock.instant()))
                .setParameter(2, jobId)
                .executeUpdate();
    }

    private void done(Item item, String outcome, String error) {
        em.createNativeQuery("update cancellation_item set status = 'DONE', outcome = ?, done_at = ?,"
                        + " lease_owner = null, lease_until = null, last_error = ? where job_id = ? and order_id = ?")
                .setParameter(1, outcome)
                .setParameter(2, SqlValues.at(clock.instant()))
                .setParameter(3, error)
                .setParameter(4, item.jobId())
                .setParameter(5, item.orderId())
                .executeUpdate();
    }
}
