package org.marquee.core.inventory;

import jakarta.ejb.EJB;
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
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.SqlValues;

/**
 * Claiming and releasing n places of a standing section for one order, all or none. Each place
 * is a row, so a claim takes the first n claimable rows that no concurrent claim has locked
 * ({@code for update skip locked}): buyers never queue behind one counter row, an expired hold
 * is claimable without any sweeper, and held plus sold can never exceed the rows, which are the
 * capacity. Taking fewer than n rolls the claim back.
 */
@Stateless
public class PlaceClaims {

    // array(...) runs the locking subquery once; "place_no in (select ... limit n)" may be run per
    // row by PostgreSQL's planner and then takes more than n places.
    static final String HOLD = "update session_place set order_id = ?, held_until = ?"
            + " where session_id = ? and section_id = ? and held_until < ? and place_no = any (array("
            + "select place_no from session_place where session_id = ? and section_id = ? and held_until < ?"
            + " limit ? for update skip locked))";

    static final String RELEASE = "update session_place set order_id = null, held_until = ?"
            + " where session_id = ? and section_id = ? and order_id = ? and place_no = any (array("
            + "select place_no from session_place where session_id = ? and section_id = ? and order_id = ?"
            + " and held_until < ? limit ?))";

    static final String PLACES_OF_SECTION =
            "select count(*) from session_place where session_id = ? and section_id = ?";

    /** At most this many places in one claim; the order's own limit is usually far lower. */
    public static final int MAX_PER_CLAIM = 100;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<AvailabilityChanged> changes;

    @EJB
    private Orders orders;

    public PlaceHold claim(OrderAccess access, long sectionId, int count) {
        checkCount(count);
        LiveOrder order = orders.addTickets(access, count);
        Instant now = clock.instant();
        int held = em.createNativeQuery(HOLD)
                .setParameter(1, order.orderId())
                .setParameter(2, SqlValues.at(order.holdUntil()))
                .setParameter(3, order.sessionId())
                .setParameter(4, sectionId)
                .setParameter(5, SqlValues.at(now))
                .setParameter(6, order.sessionId())
                .setParameter(7, sectionId)
                .setParameter(8, SqlValues.at(now))
                .setParameter(9, count)
                .executeUpdate();
        if (held < count) {
            requireStandingSection(order.sessionId(), sectionId);
            throw new NotEnoughPlaces(count, held);
        }
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
        int released = em.createNativeQuery(RELEASE)
                .setParameter(1, Holds.FREE)
                .setParameter(2, order.sessionId())
                .setParameter(3, sectionId)
                .setParameter(4, order.orderId())
                .setParameter(5, order.sessionId())
                .setParameter(6, sectionId)
                .setParameter(7, order.orderId())
                .setParameter(8, Holds.SOLD)
                .setParameter(9, count)
                .executeUpdate();
        if (released < count) {
            requireStandingSection(order.sessionId(), sectionId);
            throw new PlacesNotHeld(count);
        }
        changes.fire(new AvailabilityChanged(order.sessionId(), List.of(), List.of(sectionId)));
        return new PlaceHold(order.orderId(), order.sessionId(), sectionId, count, clock.instant());
    }

    private static void checkCount(int count) {
        if (count < 1 || count > MAX_PER_CLAIM) {
            throw new InvalidInput("Ask for 1 to " + MAX_PER_CLAIM + " places");
        }
    }

    private void requireStandingSection(long sessionId, long sectionId) {
        long places = SqlValues.number(em.createNativeQuery(PLACES_OF_SECTION)
                .setParameter(1, sessionId)
                .setParameter(2, sectionId)
                .getSingleResult());
        if (places == 0) {
            throw new NotStandingSection(sectionId, sessionId);
        }
    }
}
