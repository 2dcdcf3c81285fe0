package org.marquee.core.inventory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.SqlValues;

/**
 * What a session has left, for the section cards and the seat map: two queries, however many
 * seats. An expired hold shows as free, as a claim would treat it.
 */
@Stateless
public class Availability {

    // Per section of the session's venue: rows, rows not for sale (disabled seats), free, sold.
    static final String SECTIONS = "select sc.id, sc.name, sc.kind,"
            + " count(x.section_id),"
            + " coalesce(sum(case when x.disabled then 1 else 0 end), 0),"
            + " coalesce(sum(case when not x.disabled and x.held_until < ? then 1 else 0 end), 0),"
            + " coalesce(sum(case when not x.disabled and x.held_until >= ? then 1 else 0 end), 0)"
            + " from event_session es join section sc on sc.venue_id = es.venue_id"
            + " left join (select ss.section_id, ss.held_until, st.disabled from session_seat ss"
            + "   join seat st on st.id = ss.seat_id where ss.session_id = ?"
            + "   union all select sp.section_id, sp.held_until, false from session_place sp where sp.session_id = ?)"
            + " x on x.section_id = sc.id"
            + " where es.id = ?"
            + " group by sc.id, sc.name, sc.kind, sc.sort_order order by sc.sort_order, sc.id";

    // The same per section of several sessions, for the dashboards; sections without rows are left out.
    static final String SECTIONS_OF_SESSIONS = "select x.session_id, sc.id, sc.name, sc.kind, count(*),"
            + " sum(case when x.disabled then 1 else 0 end),"
            + " sum(case when not x.disabled and x.held_until < ? then 1 else 0 end),"
            + " sum(case when not x.disabled and x.held_until >= ? then 1 else 0 end)"
            + " from (select ss.session_id, ss.section_id, ss.held_until, st.disabled from session_seat ss"
            + "   join seat st on st.id = ss.seat_id where ss.session_id in (%1$s)"
            + "   union all select sp.session_id, sp.section_id, sp.held_until, false from session_place sp"
            + "   where sp.session_id in (%1$s)) x"
            + " join section sc on sc.id = x.section_id"
            + " group by x.session_id, sc.id, sc.name, sc.kind, sc.sort_order"
            + " order by x.session_id, sc.sort_order, sc.id";

    static final String SEATS = "select ss.seat_id, ss.section_id, st.row_label, st.seat_number,"
            + " ss.held_until, st.disabled from session_seat ss join seat st on st.id = ss.seat_id"
            + " where ss.session_id = ? order by ss.section_id, st.row_label, st.seat_number";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The sections of a session with their counts, and its seats if {@code withSeats}. */
    public SessionAvailability of(long sessionId, boolean withSeats) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SECTIONS)
                .setParameter(1, SqlValues.at(now))
                .setParameter(2, Holds.SOLD)
                .setParameter(3, sessionId)
                .setParameter(4, sessionId)
                .setParameter(5, sessionId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFound("Session", sessionId);
        }
        List<SectionAvailability> sections =
                rows.stream().map(Availability::section).toList();
        List<SeatAvailability> seats = withSeats ? seats(sessionId, now) : List.of();
        return new SessionAvailability(sessionId, now, sections, seats);
    }

    /**
     * The sections of several sessions with their counts, by session, in one query however many
     * seats; a session without inventory rows (not opened for sale yet) is absent.
     */
    public Map<Long, List<SectionAvailability>> ofSessions(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(sessionIds);
        jakarta.persistence.Query query =
                em.createNativeQuery(String.format(SECTIONS_OF_SESSIONS, SqlValues.placeholders(ids.size())));
        query.setParameter(1, SqlValues.at(clock.instant()));
        query.setParameter(2, Holds.SOLD);
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(3 + i, ids.get(i));
            query.setParameter(3 + ids.size() + i, ids.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, List<SectionAvailability>> bySession = new LinkedHashMap<>();
        for (Object[] row : rows) {
            bySession
                    .computeIfAbsent(SqlValues.number(row[0]), id -> new ArrayList<>())
                    .add(section(Arrays.copyOfRange(row, 1, row.length)));
        }
        return bySession;
    }

    private static SectionAvailability section(Object[] row) {
        int rowsOfSection = (int) SqlValues.number(row[3]);
        int capacity = rowsOfSection - (int) SqlValues.number(row[4]);
        int free = (int) SqlValues.number(row[5]);
        int sold = (int) SqlValues.number(row[6]);
        return new SectionAvailability(
                SqlValues.number(row[0]),
                (String) row[1],
                "STANDING".equals(row[2]),
                capacity,
                free,
                capacity - free - sold,
                sold);
    }

    private List<SeatAvailability> seats(long sessionId, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(SEATS).setParameter(1, sessionId).getResultList();
        return rows.stream()
                .map(row -> new SeatAvailability(
                        SqlValues.number(row[0]),
                        SqlValues.number(row[1]),
                        (String) row[2],
                        (int) SqlValues.number(row[3]),
                        Holds.state(SqlValues.instant(row[4]), Boolean.TRUE.equals(row[5]), now)))
                .toList();
    }

    /** The seats an order of a session holds, and its standing places per section (the order's own view). */
    public OrderHoldings heldBy(long sessionId, long orderId) {
        @SuppressWarnings("unchecked")
        List<Object> seats = em.createNativeQuery(
                        "select seat_id from session_seat where session_id = ? and order_id = ? order by seat_id")
                .setParameter(1, sessionId)
                .setParameter(2, orderId)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> places = em.createNativeQuery("select section_id, count(*) from session_place"
                        + " where session_id = ? and order_id = ? group by section_id order by section_id")
                .setParameter(1, sessionId)
                .setParameter(2, orderId)
                .getResultList();
        return new OrderHoldings(
                seats.stream().map(SqlValues::number).toList(),
                places.stream()
                        .map(row -> new OrderHoldings.Places(SqlValues.number(row[0]), (int) SqlValues.number(row[1])))
                        .toList());
    }

    /** Seats and places an order holds, counted per section (for its totals). */
    public List<OrderHoldings.Places> ticketsBySection(long sessionId, long orderId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select section_id, count(*) from ("
                        + "select section_id from session_seat where session_id = ? and order_id = ?"
                        + " union all select section_id from session_place where session_id = ? and order_id = ?)"
                        + " h group by section_id order by section_id")
                .setParameter(1, sessionId)
                .setParameter(2, orderId)
                .setParameter(3, sessionId)
                .setParameter(4, orderId)
                .getResultList();
        return rows.stream()
                .map(row -> new OrderHoldings.Places(SqlValues.number(row[0]), (int) SqlValues.number(row[1])))
                .toList();
    }

    /** The state of some seats of a session now, for a live update of open seat maps (one query). */
    public List<SeatAvailability> seats(long sessionId, List<Long> seatIds) {
        if (seatIds.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        jakarta.persistence.Query query = em.createNativeQuery("select ss.seat_id, ss.section_id, st.row_label,"
                + " st.seat_number, ss.held_until, st.disabled from session_seat ss join seat st on st.id = ss.seat_id"
                + " where ss.session_id = ? and ss.seat_id in (" + SqlValues.placeholders(seatIds.size()) + ")");
        query.setParameter(1, sessionId);
        for (int i = 0; i < seatIds.size(); i++) {
            query.setParameter(i + 2, seatIds.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream()
                .map(row -> new SeatAvailability(
                        SqlValues.number(row[0]),
                        SqlValues.number(row[1]),
                        (String) row[2],
                        (int) SqlValues.number(row[3]),
                        Holds.state(SqlValues.instant(row[4]), Boolean.TRUE.equals(row[5]), now)))
                .toList();
    }
}
