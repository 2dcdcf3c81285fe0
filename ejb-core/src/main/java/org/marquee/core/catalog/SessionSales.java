package org.marquee.core.catalog;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.SqlValues;

/**
 * The steps of a session's status that the inventory takes: SCHEDULED to ON_SALE when it has
 * materialised the session's seats and places, ON_SALE to SOLD_OUT and back as nothing or
 * something is left. Sessions are locked first, so that two nodes, or a node and the first buyer,
 * never open the same session twice, and two decisions about one session are taken in turn.
 * Open to every caller: these steps follow from selling (a buyer's order, the opener's timer), no
 * user takes them by hand, and no panel reaches them but the layout page's read {@link #openAt}.
 */
@Stateless
@PermitAll
public class SessionSales {

    static final String WINDOW = "select s.status, e.status, s.sales_start, s.sales_end from event_session s"
            + " join event e on e.id = s.event_id where s.id = ?";

    static final String DUE = "select s.id from event_session s"
            + " where s.status = 'SCHEDULED' and s.sales_start <= ? and s.sales_end > ?"
            + " and exists (select 1 from event e where e.id = s.event_id and e.status <> 'CANCELLED')"
            + " order by s.sales_start, s.id limit ? for update skip locked";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

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

    static final String LIVE_AT = "select id, status from event_session where venue_id = ? and sales_end > ?"
            + " and status in ('SCHEDULED', 'ON_SALE', 'SOLD_OUT') order by id for update";

    static final String OPEN_AT = "select count(*) from event_session where venue_id = ? and sales_end > ?"
            + " and status in ('ON_SALE', 'SOLD_OUT')";

    /**
     * Locks the sessions at a venue that sell or may still sell (not cancelled, sales not ended),
     * waiting for whoever opens one of them meanwhile; returns the open ones (ON_SALE or
     * SOLD_OUT), whose inventory a change of the venue's layout must reach. A session still
     * SCHEDULED then opens after the change and sees it.
     */
    public List<Long> lockOpenAt(long venueId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(LIVE_AT)
                .setParameter(1, venueId)
                .setParameter(2, SqlValues.at(now))
                .getResultList();
        return rows.stream()
                .filter(row -> !SessionStatus.SCHEDULED.name().equals(row[1]))
                .map(row -> SqlValues.number(row[0]))
                .toList();
    }

    /** How many sessions at a venue are open for sale (ON_SALE or SOLD_OUT) and not over: the layout page warns. */
    public long openAt(long venueId) {
        return SqlValues.number(em.createNativeQuery(OPEN_AT)
                .setParameter(1, venueId)
                .setParameter(2, SqlValues.at(clock.instant()))
                .getSingleResult());
    }

    /** Locks one session and says its status (empty if there is none), for a decision about it. */
    public Optional<SessionStatus> lock(long sessionId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("select status from event_session where id = ? for update")
                .setParameter(1, sessionId)
                .getResultList();
        return rows.stream().findFirst().map(status -> SessionStatus.valueOf((String) status));
    }

    /** ON_SALE to SOLD_OUT, which the inventory decides when nothing is left; false if it was not on sale. */
    public boolean markSoldOut(long sessionId) {
        return move(sessionId, SessionStatus.ON_SALE, SessionStatus.SOLD_OUT);
    }

    /** SOLD_OUT back to ON_SALE, when seats or places came back (a release, an expired hold, a new section). */
    public boolean markBackOnSale(long sessionId) {
        return move(sessionId, SessionStatus.SOLD_OUT, SessionStatus.ON_SALE);
    }

    private boolean move(long sessionId, SessionStatus from, SessionStatus to) {
        return em.createNativeQuery(
                                "update event_session set status = ?, version = version + 1 where id = ? and status = ?")
                        .setParameter(1, to.name())
                        .setParameter(2, sessionId)
                        .setParameter(3, from.name())
                        .executeUpdate()
                == 1;
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
