package org.marquee.core.checkin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.SqlValues;

/**
 * The check-ins of a session as the dashboards and the attendee list read them: how many valid
 * tickets it has, and each checked-in ticket with its first check-in. Read-only; the caller has
 * checked the session is in its scope (the reporting area does, through StaffSessions).
 */
@Stateless
@RolesAllowed({Role.Names.VENUE, Role.Names.ARTIST, Role.Names.ADMIN})
public class CheckInRecords {

    private static final String EXPECTED = "select count(*) from ticket where session_id = ? and status = 'VALID'";

    private static final String CHECKED_IN = "select order_id, section_id, seat_id, place_no, checked_in_at"
            + " from ticket where session_id = ? and status = 'VALID' and checked_in_at is not null"
            + " order by checked_in_at, id";

    @PersistenceContext
    private EntityManager em;

    /** The session's valid tickets (those the door expects). */
    public long expected(long sessionId) {
        return SqlValues.number(
                em.createNativeQuery(EXPECTED).setParameter(1, sessionId).getSingleResult());
    }

    /** Every valid ticket of the session that was checked in, earliest first. */
    public List<CheckedIn> checkedIn(long sessionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(CHECKED_IN).setParameter(1, sessionId).getResultList();
        return rows.stream()
                .map(r -> new CheckedIn(
                        SqlValues.number(r[0]),
                        SqlValues.number(r[1]),
                        r[2] == null ? null : SqlValues.number(r[2]),
                        r[3] == null ? null : (int) SqlValues.number(r[3]),
                        SqlValues.instant(r[4])))
                .toList();
    }

    /** A checked-in ticket: its order, its seat or standing place, and when it came in. */
    public record CheckedIn(long orderId, long sectionId, Long seatId, Integer placeNo, Instant at)
            implements Serializable {}
}
