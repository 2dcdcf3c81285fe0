package org.marquee.core.inventory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.marquee.core.catalog.SessionSales;
import org.marquee.core.catalog.SessionStatus;
import org.marquee.core.platform.SqlValues;

/**
 * Whether an open session is SOLD_OUT: nothing left to claim (every seat and place held by a live
 * order or sold, or disabled). Decided with the session's row locked and read after the lock, so
 * two decisions about one session are taken in turn, each on what was committed before it: the
 * last one is right. Claims do not decide it (they would all queue for the session's row); after
 * they commit, {@link SoldOutWatch} asks here, off the buyer's thread.
 */
@Stateless
public class SoldOut {

    static final String ANYTHING_FREE = "select case when exists (select 1 from session_seat ss"
            + " join seat st on st.id = ss.seat_id where ss.session_id = ? and ss.held_until < ? and st.disabled = false)"
            + " or exists (select 1 from session_place sp where sp.session_id = ? and sp.held_until < ?)"
            + " then 1 else 0 end";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private SessionSales sales;

    /** {@link #settle} in a transaction of its own; the session's status afterwards. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<SessionStatus> reassess(long sessionId) {
        return settle(sessionId);
    }

    /**
     * Locks the session, then marks it SOLD_OUT if it is on sale with nothing left, or back
     * ON_SALE if it is sold out and something came back (an expired or released hold, a new
     * section). Other states are left alone. Joins the caller's transaction.
     */
    public Optional<SessionStatus> settle(long sessionId) {
        Optional<SessionStatus> status = sales.lock(sessionId);
        if (status.isEmpty() || (status.get() != SessionStatus.ON_SALE && status.get() != SessionStatus.SOLD_OUT)) {
            return status;
        }
        boolean free = anythingFree(sessionId, clock.instant());
        if (status.get() == SessionStatus.ON_SALE && !free && sales.markSoldOut(sessionId)) {
            return Optional.of(SessionStatus.SOLD_OUT);
        }
        if (status.get() == SessionStatus.SOLD_OUT && free && sales.markBackOnSale(sessionId)) {
            return Optional.of(SessionStatus.ON_SALE);
        }
        return status;
    }

    private boolean anythingFree(long sessionId, Instant now) {
        return SqlValues.number(em.createNativeQuery(ANYTHING_FREE)
                        .setParameter(1, sessionId)
                        .setParameter(2, SqlValues.at(now))
                        .setParameter(3, sessionId)
                        .setParameter(4, SqlValues.at(now))
                        .getSingleResult())
                == 1;
    }
}
