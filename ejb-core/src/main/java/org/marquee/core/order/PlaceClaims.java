package org.marquee.core.order;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.marquee.core.inventory.AvailabilityChanged;
import org.marquee.core.inventory.PlaceHold;
import org.marquee.core.inventory.PlaceHolds;
import org.marquee.core.inventory.PlacesNotHeld;
import org.marquee.core.platform.InvalidInput;

/**
 * Claiming and releasing n places of a standing section for one order, all or none: the order's
 * ticket count and the places' hold in {@code inventory} ({@link PlaceHolds}), in one
 * transaction. Taking fewer than n rolls the claim back.
 */
@Stateless
public class PlaceClaims {

    /** At most this many places in one claim; the order's own limit is usually far lower. */
    public static final int MAX_PER_CLAIM = 100;

    @Inject
    private Clock clock;

    @Inject
    private Event<AvailabilityChanged> changes;

    @EJB
    private Orders orders;

    @EJB
    private PlaceHolds places;

    public PlaceHold claim(OrderAccess access, long sectionId, int count) {
        checkCount(count);
        LiveOrder order = orders.addTickets(access, count);
        places.hold(order.orderId(), order.sessionId(), sectionId, count, order.holdUntil(), clock.instant());
        changes.fire(new AvailabilityChanged(order.sessionId(), List.of(), List.of(sectionId)));
        return new PlaceHold(order.orderId(), order.sessionId(), sectionId, count, order.holdUntil());
    }

    public PlaceHold release(OrderAccess access, long sectionId, int count) {
        checkCount(count);
        LiveOrder order;
        try {
            order = orders.removeTickets(access, count);
        } catch (OrderHoldsFewer e) {
            throw new PlacesNotHeld(count);
        }
        places.release(order.orderId(), order.sessionId(), sectionId, count);
        changes.fire(new AvailabilityChanged(order.sessionId(), List.of(), List.of(sectionId)));
        return new PlaceHold(order.orderId(), order.sessionId(), sectionId, count, clock.instant());
    }

    private static void checkCount(int count) {
        if (count < 1 || count > MAX_PER_CLAIM) {
            throw new InvalidInput("Ask for 1 to " + MAX_PER_CLAIM + " places");
        }
    }
}
