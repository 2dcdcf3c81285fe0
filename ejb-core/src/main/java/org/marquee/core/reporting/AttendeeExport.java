package org.marquee.core.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.marquee.core.catalog.EventSession;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.SqlValues;
import org.marquee.core.team.StaffSessions;
import org.marquee.core.team.TeamKind;

/**
 * The attendee list of one session for its venue's or artist's team: every seat and standing
 * place sold to a PAID order, by PNR, then section, row and seat. Only for a session of the
 * caller's teams ({@link StaffSessions#visible}); any other is NotInScope. One query.
 */
@Stateless
@RolesAllowed({Role.Names.VENUE, Role.Names.ARTIST})
public class AttendeeExport {

    static final String ATTENDEES =
            "select o.id, coalesce(o.buyer_name, u.display_name), coalesce(o.buyer_email, u.email),"
                    + " o.pnr, x.section_id, sc.name, x.seat_id, st.row_label, st.seat_number, x.place_no, o.paid_at"
                    + " from (select ss.order_id, ss.section_id, ss.seat_id, cast(null as integer) place_no from session_seat ss"
                    + "   where ss.session_id = ?"
                    + "   union all select sp.order_id, sp.section_id, cast(null as bigint), sp.place_no from session_place sp"
                    + "   where sp.session_id = ?) x"
                    + " join event_session_order o on o.id = x.order_id and o.status = 'PAID'"
                    + " left join app_user u on u.id = o.buyer_id"
                    + " join section sc on sc.id = x.section_id"
                    + " left join seat st on st.id = x.seat_id"
                    + " order by o.pnr, sc.sort_order, sc.name, st.row_label, st.seat_number, x.place_no";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private StaffSessions sessions;

    @EJB
    private CheckInFigures checkIns;

    public List<AttendeeRow> attendees(TeamKind kind, long sessionId) {
        sessions.visible(kind, sessionId);
        return attendeesOf(sessionId);
    }

    /** The attendee list as CSV (see {@link AttendeeCsv}), times in the venue's zone. */
    public String csv(TeamKind kind, long sessionId) {
        EventSession session = sessions.visible(kind, sessionId);
        return AttendeeCsv.of(attendeesOf(sessionId), session.timeZone(), checkIns.recorded());
    }

    private List<AttendeeRow> attendeesOf(long sessionId) {
        Map<CheckInFigures.TicketPlace, Instant> checkedIn = checkIns.checkedIn(sessionId);
        return Figures.rows(em, ATTENDEES, sessionId, sessionId).stream()
                .map(AttendeeExport::row)
                .map(row -> checkedIn.containsKey(row.place()) ? row.checkedIn(checkedIn.get(row.place())) : row)
                .toList();
    }

    private static AttendeeRow row(Object[] r) {
        return new AttendeeRow(
                SqlValues.number(r[0]),
                (String) r[1],
                (String) r[2],
                ((String) r[3]).strip(),
                SqlValues.number(r[4]),
                (String) r[5],
                r[6] == null ? null : SqlValues.number(r[6]),
                (String) r[7],
                r[8] == null ? null : (int) SqlValues.number(r[8]),
                r[9] == null ? null : (int) SqlValues.number(r[9]),
                SqlValues.instant(r[10]),
                null);
    }
}
