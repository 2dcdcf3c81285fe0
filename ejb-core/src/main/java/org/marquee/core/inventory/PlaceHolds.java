package org.marquee.core.inventory;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.marquee.core.platform.SqlValues;

/**
 * The places of a standing section, held and let go for an order n at a time, all or none, in the
 * caller's transaction (the order's claim). Each place is a row, so a claim takes the first n
 * claimable rows that no concurrent claim has locked ({@code for update skip locked}): buyers
 * never queue behind one counter row, an expired hold is claimable without any sweeper, and held
 * plus sold can never exceed the rows, which are the capacity.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PlaceHolds {

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

    @PersistenceContext
    private EntityManager em;

    /**
     * Holds {@code count} places of the section for the order until {@code until}; refuses with
     * {@link NotEnoughPlaces} or {@link NotStandingSection} (the caller's transaction then rolls
     * back the places this statement took).
     */
    public void hold(long orderId, long sessionId, long sectionId, int count, Instant until, Instant now) {
        int held = em.createNativeQuery(HOLD)
                .setParameter(1, orderId)
                .setParameter(2, SqlValues.at(until))
                .setParameter(3, sessionId)
                .setParameter(4, sectionId)
                .setParameter(5, SqlValues.at(now))
                .setParameter(6, sessionId)
                .setParameter(7, sectionId)
                .setParameter(8, SqlValues.at(now))
                .setParameter(9, count)
                .executeUpdate();
        if (held < count) {
            requireStandingSection(sessionId, sectionId);
            throw new NotEnoughPlaces(count, held);
        }
    }

    /** Lets go of {@code count} places the order holds (not bought ones); refuses with {@link PlacesNotHeld}. */
    public void release(long orderId, long sessionId, long sectionId, int count) {
        int released = em.createNativeQuery(RELEASE)
                .setParameter(1, Holds.FREE)
                .setParameter(2, sessionId)
                .setParameter(3, sectionId)
                .setParameter(4, orderId)
                .setParameter(5, sessionId)
                .setParameter(6, sectionId)
                .setParameter(7, orderId)
                .setParameter(8, Holds.SOLD)
                .setParameter(9, count)
                .executeUpdate();
        if (released < count) {
            requireStandingSection(sessionId, sectionId);
            throw new PlacesNotHeld(count);
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
