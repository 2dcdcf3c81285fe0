package org.marquee.core.inventory;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.marquee.core.platform.SqlValues;

/**
 * Each seat and each standing place an order of a session holds, one by one (the tickets are
 * made from these): seats with their section, row and number, places with their number.
 */
@Stateless
public class SoldItems {

    /** A seat of the order. */
    public record Seat(long seatId, long sectionId, String rowLabel, int number) {}

    /** A standing place of the order. */
    public record Place(long sectionId, int placeNo) {}

    @PersistenceContext
    private EntityManager em;

    public List<Seat> seats(long sessionId, long orderId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select ss.seat_id, ss.section_id, st.row_label, st.seat_number"
                        + " from session_seat ss join seat st on st.id = ss.seat_id"
                        + " where ss.session_id = ? and ss.order_id = ? order by ss.section_id, st.row_label,"
                        + " st.seat_number")
                .setParameter(1, sessionId)
                .setParameter(2, orderId)
                .getResultList();
        return rows.stream()
                .map(row -> new Seat(SqlValues.number(row[0]), SqlValues.number(row[1]), (String) row[2], (int)
                        SqlValues.number(row[3])))
                .toList();
    }

    public List<Place> places(long sessionId, long orderId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select section_id, place_no from session_place"
                        + " where session_id = ? and order_id = ? order by section_id, place_no")
                .setParameter(1, sessionId)
                .setParameter(2, orderId)
                .getResultList();
        return rows.stream()
                .map(row -> new Place(SqlValues.number(row[0]), (int) SqlValues.number(row[1])))
                .toList();
    }
}
