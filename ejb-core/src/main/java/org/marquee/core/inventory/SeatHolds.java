package org.marquee.core.inventory;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.SqlValues;

/**
 * The seat rows of a session, held and let go for an order, in the caller's transaction (the
 * order's claim, which has counted the ticket and locked the order). One conditional UPDATE each:
 * it takes the seat only if no live order holds it, so of two orders racing for a seat one gets
 * it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SeatHolds {

    static final String HOLD = "update session_seat set order_id = ?, held_until = ?"
            + " where session_id = ? and seat_id = ? and held_until < ?"
            + " and exists (select 1 from seat s where s.id = session_seat.seat_id and s.disabled = false)";

    static final String RELEASE = "update session_seat set order_id = null, held_until = ?"
            + " where session_id = ? and seat_id = ? and order_id = ? and held_until < ?";

    static final String WHY = "select s.section_id, s.disabled, ss.order_id, ss.held_until from seat s"
            + " left join session_seat ss on ss.seat_id = s.id and ss.session_id = ? where s.id = ?";

    @PersistenceContext
    private EntityManager em;

    /**
     * Holds the seat for the order until {@code until} if it is free at {@code now}. A seat the
     * order holds already answers true too; anything else is refused with the reason
     * ({@link SeatTaken}, {@link SeatDisabled}, {@link SeatNotInSession}, {@link NotFound}).
     *
     * @return whether this call took the seat (false: the order had it already)
     */
    public boolean hold(long orderId, long sessionId, long seatId, Instant until, Instant now) {
        int held = em.createNativeQuery(HOLD)
                .setParameter(1, orderId)
                .setParameter(2, SqlValues.at(until))
                .setParameter(3, sessionId)
                .setParameter(4, seatId)
                .setParameter(5, SqlValues.at(now))
                .executeUpdate();
        if (held == 1) {
            return true;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(WHY)
                .setParameter(1, sessionId)
                .setParameter(2, seatId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("Seat", seatId);
        }
        Object[] row = rows.get(0);
        if (row[3] == null) {
            throw new SeatNotInSession(seatId, sessionId);
        }
        if (Boolean.TRUE.equals(row[1])) {
            throw new SeatDisabled(seatId);
        }
        if (row[2] != null && SqlValues.number(row[2]) == orderId) {
            return false;
        }
        throw new SeatTaken(seatId);
    }

    /** Lets go of a seat the order holds (not one it bought); refuses with {@link SeatNotHeld}. */
    public void release(long orderId, long sessionId, long seatId) {
        int released = em.createNativeQuery(RELEASE)
                .setParameter(1, Holds.FREE)
                .setParameter(2, sessionId)
                .setParameter(3, seatId)
                .setParameter(4, orderId)
                .setParameter(5, Holds.SOLD)
                .executeUpdate();
        if (released == 0) {
            throw new SeatNotHeld(seatId);
        }
    }
}
