package org.marquee.core.catalog;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.SqlValues;

/**
 * The step of a session from SCHEDULED to ON_SALE, which the inventory takes when it has
 * materialised the session's seats and places. Sessions are locked first, so that two nodes, or
 * a node and the first buyer, never open the same session twice.
 */
@Stateless
public class SessionSales {

    static final String WINDOW = "select s.status, e.status, s.sales_start, s.sales_end from event_session s"
            + " join event e on e.id = s.event_id where s.id = ?";

    static final String DUE = "select s.id from event_session s"
            + " where s.status = 'SCHEDULED' and s.sales_start <= ? and s.sales_end > ?"
            + " and exists (select 1 from event e where e.id = s.event_id and e.status <> 'CANCELLED')"
            + " order by s.sales_start, s.id limit ? for update skip locked";

    @PersistenceContext
    private EntityManager em;

    /**
     * Whether buyers may order for a session now, and whether its inventory is open: one query,
     * for the start of every order. A session of a draft event does not exist for buyers.
     */
    public SaleWindow window(long sessionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(WINDOW).setParameter(1, sessionId).getResultList();
        if (rows.isEmpty() || EventStatus.DRAFT.name().equals(rows.get(0)[1])) {
            throw new NotFound("Session", sessionId);
        }
        Object[] row = rows.get(0);
        return new SaleWindow(
                sessionId,
                SessionStatus.valueOf((String) row[0]),
                EventStatus.valueOf((String) row[1]),
                SqlValues.instant(row[2]),
                SqlValues.instant(row[3]));
    }

    /**
     * Locks up to {@code limit} SCHEDULED sessions whose sales start by {@code horizon} and have
     * not ended at {@code now}, of events that are not cancelled, skipping those locked elsewhere.
     */
    public List<Long> lockDueForOpening(Instant horizon, Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(DUE)
                .setParameter(1, SqlValues.at(horizon))
                .setParameter(2, SqlValues.at(now))
                .setParameter(3, limit)
                .getResultList();
        return ids.stream().map(SqlValues::number).toList();
    }

    /**
     * Locks one session if it is still SCHEDULED, waiting for whoever opens it meanwhile (then it
     * is no longer SCHEDULED and the answer is false).
     */
    public boolean lockForOpening(long sessionId) {
        return !em.createNativeQuery("select id from event_session where id = ? and status = 'SCHEDULED' for update")
                .setParameter(1, sessionId)
                .getResultList()
                .isEmpty();
    }

    /** Marks locked SCHEDULED sessions ON_SALE; an admin's form open on one of them must reload. */
    public int markOnSale(List<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return 0;
        }
        Query update = em.createNativeQuery("update event_session set status = 'ON_SALE', version = version + 1"
                + " where status = 'SCHEDULED' and id in (" + SqlValues.placeholders(sessionIds.size()) + ")");
        for (int i = 0; i < sessionIds.size(); i++) {
            update.setParameter(i + 1, sessionIds.get(i));
        }
        return update.executeUpdate();
    }
}
