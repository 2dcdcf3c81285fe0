package org.marquee.core.inventory;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.marquee.core.order.LiveOrder;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.OrderHoldsFewer;
import org.marquee.core.order.Orders;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.SqlValues;

/**
 * The get-seat / drop-seat pair: one seat for one order. A claim is the order's ticket count
 * (which checks the buyer's token, the order's state and its limit, and locks the order) and one
 * conditional UPDATE of the seat's row, in one transaction: it takes the seat only if no live
 * order holds it, so two buyers racing for it get one success and one {@link SeatTaken}. When it
 * changes nothing one more query says why, and the transaction rolls back.
 */
@Stateless
public class SeatClaims {

    static final String HOLD = "update session_seat set order_id = ?, held_until = ?"
            + " where session_id = ? and seat_id = ? and held_until < ?"
            + " and exists (select 1 from seat s where s.id = session_seat.seat_id and s.disabled = false)";

    static final String RELEASE = "update session_seat set order_id = null, held_until = ?"
            + " where session_id = ? and seat_id = ? and order_id = ? and held_until < ?";

    static final String WHY = "select s.section_id, s.disabled, ss.order_id, ss.held_until from seat s"
            + " left join session_seat ss on ss.seat_id = s.id and ss.session_id = ? where s.id = ?";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private Event<AvailabilityChanged> changes;

    @EJB
    private Orders orders;

    public SeatHold claim(OrderAccess access, long seatId) {
        LiveOrder order = orders.addTickets(access, 1);
        Instant now = clock.instant();
        int held = em.createNativeQuery(HOLD)
                .setParameter(1, order.orderId())
                .setParameter(2, SqlValues.at(order.holdUntil()))
                .setParameter(3, order.sessionId())
                .setParameter(4, seatId)
                .setParameter(5, SqlValues.at(now))
                .executeUpdate();
        if (held == 0) {
            return alreadyHeldOrRefuse(order, seatId, now);
        }
        // The section is not known here without another query; the push reloads the seat's section.
        changes.fire(new AvailabilityChanged(order.sessionId(), List.of(seatId), List.of()));
        return new SeatHold(order.orderId(), order.sessionId(), seatId, order.holdUntil());
    }

    public SeatHold release(OrderAccess access, long seatId) {
        LiveOrder order;
        try {
            order = orders.removeTickets(access, 1);
        } catch (OrderHoldsFewer e) {
            throw new SeatNotHeld(seatId);
        }
        int released = em.createNativeQuery(RELEASE)
                .setParameter(1, Holds.FREE)
                .setParameter(2, order.sessionId())
                .setParameter(3, seatId)
                .setParameter(4, order.orderId())
                .setParameter(5, Holds.SOLD)
                .executeUpdate();
        if (released == 0) {
            throw new SeatNotHeld(seatId);
        }
        changes.fire(new AvailabilityChanged(order.sessionId(), List.of(seatId), List.of()));
        return new SeatHold(order.orderId(), order.sessionId(), seatId, clock.instant());
    }

    /**
     * A second click on a seat the order holds already changes nothing and says so; anything else
     * is refused with the reason. Either way the ticket counted in is rolled back.
     */
    private SeatHold alreadyHeldOrRefuse(LiveOrder order, long seatId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(WHY)
                .setParameter(1, order.sessionId())
                .setParameter(2, seatId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("Seat", seatId);
        }
        Object[] row = rows.get(0);
        if (row[3] == null) {
            throw new SeatNotInSession(seatId, order.sessionId());
        }
        if (Boolean.TRUE.equals(row[1])) {
            throw new SeatDisabled(seatId);
        }
        if (row[2] != null && SqlValues.number(row[2]) == order.orderId()) {
            context.setRollbackOnly();
            return new SeatHold(order.orderId(), order.sessionId(), seatId, order.holdUntil());
        }
        throw new SeatTaken(seatId);
    }
}
