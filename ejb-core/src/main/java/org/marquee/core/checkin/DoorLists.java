package org.marquee.core.checkin;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.marquee.core.catalog.EventSession;
import org.marquee.core.platform.SqlValues;
import org.marquee.core.team.NotInScope;

/**
 * What the door reads besides single tickets, for the same callers as the scans ({@link
 * DoorGates}): live counters per section, the offline list with the event's public key, and the
 * scan log. Staff outside the session's scope get NotInScope.
 */
@Stateless
@PermitAll
public class DoorLists {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private DoorGates gates;

    @EJB
    private EventKeys keys;

    /** Checked in / expected per section (valid tickets only), in the order of the sections. */
    public List<SectionCount> counters(long sessionId, String doorToken) {
        gate(sessionId, doorToken);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select section_id, section_name, count(checked_in_at), count(*)"
                        + " from ticket where session_id = ? and status = 'VALID'"
                        + " group by section_id, section_name order by section_id")
                .setParameter(1, sessionId)
                .getResultList();
        return rows.stream()
                .map(r -> new SectionCount(
                        SqlValues.number(r[0]), (String) r[1], SqlValues.number(r[2]), SqlValues.number(r[3])))
                .toList();
    }

    /** Everything an offline device needs for this session; the event's key is made if it has none yet. */
    public OfflineList offline(long sessionId, String doorToken) {
        gate(sessionId, doorToken);
        long eventId = em.find(EventSession.class, sessionId).event().id();
        String publicKey = Base64.getEncoder()
                .encodeToString(keys.publicKeyMadeIfMissing(eventId).getEncoded());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select id, status, checked_in_at, section_name, row_label,"
                                + " seat_number, place_no, holder_name, section_id from ticket where session_id = ? order by id")
                .setParameter(1, sessionId)
                .getResultList();
        List<OfflineList.Entry> tickets = rows.stream()
                .map(r -> new OfflineList.Entry(
                        SqlValues.number(r[0]),
                        TicketStatus.valueOf((String) r[1]),
                        r[2] != null,
                        SqlValues.number(r[8]),
                        (String) r[3],
                        new TicketRow(
                                        0,
                                        0,
                                        0,
                                        0,
                                        (String) r[3],
                                        (String) r[4],
                                        r[5] == null ? null : (int) SqlValues.number(r[5]),
                                        r[6] == null ? null : (int) SqlValues.number(r[6]),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null)
                                .place(),
                        (String) r[7]))
                .toList();
        return new OfflineList(sessionId, eventId, "Ed25519", publicKey, clock.instant(), tickets);
    }

    /** The latest scans of the session, newest first. */
    public List<ScanLine> scans(long sessionId, String doorToken, int limit) {
        gate(sessionId, doorToken);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select s.scanned_at, s.answer, s.ticket_id, s.device,"
                        + " s.staff_login, d.label, s.offline from ticket_scan s left join door_token d"
                        + " on d.id = s.door_token_id where s.session_id = ? order by s.recorded_at desc, s.id desc")
                .setParameter(1, sessionId)
                .setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultList();
        return rows.stream()
                .map(r -> new ScanLine(
                        SqlValues.instant(r[0]),
                        ScanAnswer.valueOf((String) r[1]),
                        r[2] == null ? null : SqlValues.number(r[2]),
                        (String) r[3],
                        r[4] != null ? (String) r[4] : "door link \"" + r[5] + "\"",
                        Boolean.TRUE.equals(r[6])))
                .toList();
    }

    private Gate gate(long sessionId, String doorToken) {
        Optional<Gate> gate = gates.open(sessionId, doorToken);
        return gate.orElseThrow(NotInScope::new);
    }
}
