package org.marquee.core.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.marquee.core.catalog.EventSession;
import org.marquee.core.catalog.EventStatus;
import org.marquee.core.catalog.Events;
import org.marquee.core.catalog.SessionRow;
import org.marquee.core.catalog.Sessions;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.SqlValues;
import org.marquee.core.team.Scope;

/**
 * Cancelling a session or a whole event (admins, after a confirmation on the page): in one
 * transaction sales stop (the session, or the event and every session, CANCELLED) and a job is
 * made with one row per PAID or PENDING order; {@link CancellationRunner} then cancels each
 * order, pays back the paid ones in full and emails each buyer once. Asking again for a
 * cancelled session or event runs its job again: orders it missed are added and waiting ones are
 * tried at once; nothing done is done twice.
 */
@Stateless
@PermitAll // WildFly refuses the methods of a secured bean that name no role
public class Cancellations {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Sessions sessions;

    @EJB
    private Events events;

    @EJB
    private CancellationLedger ledger;

    @Inject
    private Event<CancellationRequested> requested;

    @EJB
    private Scope scope;

    @RolesAllowed(Role.Names.ADMIN)
    public long cancelSession(long sessionId) {
        EventSession session = sessions.find(sessionId);
        if (!session.isCancelled()) {
            sessions.cancel(sessionId);
        }
        long job = jobOf("session_id", sessionId).orElseGet(() -> ledger.createJob(sessionId, null, who()));
        ledger.addOrders(job, sessionId);
        ledger.dueNow(job);
        requested.fire(new CancellationRequested(job));
        return job;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public long cancelEvent(long eventId) {
        if (events.find(eventId).status() != EventStatus.CANCELLED) {
            events.cancel(eventId);
        }
        long job = jobOf("event_id", eventId).orElseGet(() -> ledger.createJob(null, eventId, who()));
        for (SessionRow row : sessions.ofEvent(eventId)) {
            if (!sessions.find(row.id()).isCancelled()) {
                sessions.cancel(row.id());
            }
            ledger.addOrders(job, row.id());
        }
        ledger.dueNow(job);
        requested.fire(new CancellationRequested(job));
        return job;
    }

    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public java.util.Optional<CancellationProgress> ofSession(long sessionId) {
        return jobOf("session_id", sessionId).map(this::progress);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public java.util.Optional<CancellationProgress> ofEvent(long eventId) {
        return jobOf("event_id", eventId).map(this::progress);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public CancellationProgress progress(long jobId) {
        Object[] job = (Object[]) em.createNativeQuery(
                        "select session_id, event_id, requested_by, created_at from cancellation_job where id = ?")
                .setParameter(1, jobId)
                .getSingleResult();
        Object[] counts = (Object[]) em.createNativeQuery("select count(*),"
                        + " sum(case when status = 'DONE' then 1 else 0 end),"
                        + " sum(case when outcome = 'REFUNDED' then 1 else 0 end),"
                        + " sum(case when outcome = 'CANCELLED' then 1 else 0 end),"
                        + " sum(case when outcome = 'REFUND_REFUSED' then 1 else 0 end),"
                        + " max(last_error) from cancellation_item where job_id = ?")
                .setParameter(1, jobId)
                .getSingleResult();
        long orders = number(counts[0]);
        long done = number(counts[1]);
        return new CancellationProgress(
                jobId,
                job[0] == null ? null : SqlValues.number(job[0]),
                job[1] == null ? null : SqlValues.number(job[1]),
                (String) job[2],
                SqlValues.instant(job[3]),
                orders,
                done,
                number(counts[2]),
                number(counts[3]),
                number(counts[4]),
                orders - done,
                (String) counts[5]);
    }

    private java.util.Optional<Long> jobOf(String column, long id) {
        List<?> rows = em.createNativeQuery("select id from cancellation_job where " + column + " = ? order by id desc")
                .setParameter(1, id)
                .setMaxResults(1)
                .getResultList();
        return rows.stream().findFirst().map(SqlValues::number);
    }

    private String who() {
        return scope.caller().orElse("system");
    }

    private static long number(Object value) {
        return value == null ? 0 : SqlValues.number(value);
    }
}
