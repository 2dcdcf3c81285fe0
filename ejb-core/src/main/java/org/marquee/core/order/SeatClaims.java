package org.marquee.core.order;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.marquee.core.inventory.AvailabilityChanged;
import org.marquee.core.inventory.SeatHold;
import org.marquee.core.inventory.SeatHolds;
import org.marquee.core.inventory.SeatNotHeld;

/**
 * The get-seat / drop-seat pair: one seat for one order. A claim is the order's ticket count
 * (which checks the buyer's token, the order's state and its limit, and locks the order) and the
 * seat's hold in {@code inventory} ({@link SeatHolds}: one conditional UPDATE), in one
 * transaction: two buyers racing for a seat get one success and one
 * {@link org.marquee.core.inventory.SeatTaken}. A refusal rolls the ticket count back.
 */
@Stateless
public class SeatClaims {

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @Inject
    private Event<AvailabilityChanged> changes;

    @EJB
    private Orders orders;

    @EJB
    private SeatHolds seats;

    public SeatHold claim(OrderAccess access, long seatId) {
        LiveOrder order = orders.addTickets(access, 1);
        if (!seats.hold(order.orderId(), order.sessionId(), seatId, order.holdUntil(), clock.instant())) {
            // A second click on a seat the order holds already changes nothing: the ticket counted
            // in goes back with the transaction.
            context.setRollbackOnly();
            return new SeatHold(order.orderId(), order.sessionId(), seatId, order.holdUntil());
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
        seats.release(order.orderId(), order.sessionId(), seatId);
        changes.fire(new AvailabilityChanged(order.sessionId(), List.of(seatId), List.of()));
        return new SeatHold(order.orderId(), order.sessionId(), seatId, clock.instant());
    }
}
