package org.marquee.core.checkin;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.marquee.core.order.OrderLookup;
import org.marquee.core.order.OrderStatus;
import org.marquee.core.platform.InvalidInput;
import org.marquee.core.platform.SqlValues;

/**
 * The door: a scanned code (or a booking code and seat typed by hand) is checked — the caller's
 * right to this session ({@link DoorGates}), the signature, the session, the ticket's state and
 * its order's — and checked in by ONE conditional UPDATE ({@code ... where checked_in_at is
 * null}), so that of any number of doors scanning the same ticket at once exactly one admits and
 * the others answer ALREADY_USED with when, where and by whom (invariant 7). A refusal changes
 * no ticket. Every scan is logged.
 */
@Stateless
@PermitAll
public class TicketValidation {

    private static final Logger LOG = Logger.getLogger(TicketValidation.class.getName());
    static final int DEVICE_LENGTH = 100;

    private static final String ROW = "select id, order_id, session_id, event_id, section_name, row_label, seat_number,"
            + " place_no, holder_name, status, checked_in_at, checked_in_device, checked_in_by from ticket";

    // The order's status is checked in the same statement: a ticket admits only while its order
    // is PAID, even if a refund forgot to withdraw it. (The order's table is read, never written.)
    private static final String CHECK_IN = "update ticket set checked_in_at = ?, checked_in_device = ?,"
            + " checked_in_by = ? where id = ? and checked_in_at is null and status = 'VALID'"
            + " and exists (select 1 from event_session_order o where o.id = ticket.order_id and o.status = 'PAID')";

    // The scan log's line, written straight rather than persisted: the door's threads queued on
    // EclipseLink's shared sequence preallocation (a third of the persistence time of a scan in
    // the benchmark's profile), and the row needs nothing of the persistence context. The casts
    // carry the nulls: EclipseLink binds a null parameter as text.
    private static final String SCAN_LOG = "insert into ticket_scan (id, session_id, ticket_id, answer, device,"
            + " staff_login, door_token_id, scanned_at, recorded_at, offline) values (nextval('ticket_scan_seq'),"
            + " ?, cast(? as bigint), ?, ?, cast(? as varchar(200)), cast(? as bigint), ?, ?, ?)";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @EJB
    private DoorGates gates;

    @EJB
    private EventKeys keys;

    @EJB
    private OrderLookup orders;

    /** A scanned code at the door of a session. */
    public ScanResult scan(long sessionId, String code, String device, String doorToken) {
        Optional<Gate> gate = gates.open(sessionId, doorToken);
        if (gate.isEmpty()) {
            return ScanResult.bare(ScanAnswer.NOT_IN_SCOPE, sessionId);
        }
        String door = device(device);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        ScanResult result = byCode(gate.get(), code, door, now);
        log(gate.get(), result, door, now, now, false);
        return result;
    }

    /**
     * A booking code typed by hand with the seat (row and number) or the standing place number;
     * neither is needed when the booking has a single ticket.
     */
    public ScanResult typed(
            long sessionId, String pnr, String row, Integer seat, Integer place, String device, String doorToken) {
        Optional<Gate> gate = gates.open(sessionId, doorToken);
        if (gate.isEmpty()) {
            return ScanResult.bare(ScanAnswer.NOT_IN_SCOPE, sessionId);
        }
        String door = device(device);
        Instant now = clock.instant();
        ScanResult result = byBooking(gate.get(), pnr, row, seat, place, door, now);
        log(gate.get(), result, door, now, now, false);
        return result;
    }

    /** Check-ins an offline device queued, each at its own scan time: see {@link SyncedCheckin}. */
    public List<SyncedCheckin> sync(long sessionId, String device, List<OfflineCheckin> checkins, String doorToken) {
        if (checkins.size() > OfflineCheckin.MAX_BATCH) {
            throw new InvalidInput("At most " + OfflineCheckin.MAX_BATCH + " check-ins a request");
        }
        Optional<Gate> gate = gates.open(sessionId, doorToken);
        if (gate.isEmpty()) {
            return checkins.stream()
                    .map(c -> new SyncedCheckin(
                            c.code(),
                            SyncedCheckin.Outcome.REFUSED,
                            ScanResult.bare(ScanAnswer.NOT_IN_SCOPE, sessionId)))
                    .toList();
        }
        String door = device(device);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        return checkins.stream()
                .map(c -> {
                    Instant at = (c.scannedAt() == null || c.scannedAt().isAfter(now) ? now : c.scannedAt())
                            .truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                    ScanResult result = byCode(gate.get(), c.code(), door, at);
                    log(gate.get(), result, door, at, now, true);
                    return new SyncedCheckin(c.code(), SyncedCheckin.outcome(result, door, at), result);
                })
                .toList();
    }

    private ScanResult byCode(Gate gate, String code, String device, Instant at) {
        Optional<TicketCode> parsed = TicketCode.parse(code);
        if (parsed.isEmpty()) {
            return ScanResult.bare(ScanAnswer.UNKNOWN, gate.sessionId());
        }
        TicketCode ticketCode = parsed.get();
        Optional<TicketRow> ticket = row(ticketCode.ticketId());
        Optional<PublicKey> key = ticket.flatMap(t -> keys.publicKey(t.eventId()));
        if (ticket.isEmpty()
                || key.isEmpty()
                || ticketCode.sessionId() != ticket.get().sessionId()
                || !ticketCode.verifies(key.get())) {
            LOG.warning(() -> "Door of session " + gate.sessionId() + ": a code that does not verify, from "
                    + gate.who() + " on " + device);
            return ScanResult.bare(ScanAnswer.UNKNOWN, gate.sessionId());
        }
        return checkIn(gate, ticket.get(), device, at);
    }

    private ScanResult byBooking(
            Gate gate, String pnr, String row, Integer seat, Integer place, String device, Instant at) {
        Optional<OrderLookup.Booking> booking = orders.byPnr(pnr);
        if (booking.isEmpty()) {
            return ScanResult.bare(ScanAnswer.UNKNOWN, gate.sessionId());
        }
        OrderLookup.Booking b = booking.get();
        if (b.sessionId() != gate.sessionId()) {
            return ScanResult.bare(ScanAnswer.WRONG_SESSION, gate.sessionId());
        }
        if (b.status() != OrderStatus.PAID) {
            return ScanResult.bare(answerFor(b.status()), gate.sessionId());
        }
        List<TicketRow> tickets = rows(ROW + " where order_id = ? order by id", b.orderId()).stream()
                .filter(t -> matches(t, row, seat, place))
                .toList();
        if (tickets.size() != 1) {
            return ScanResult.bare(ScanAnswer.UNKNOWN, gate.sessionId());
        }
        return checkIn(gate, tickets.get(0), device, at);
    }

    private static boolean matches(TicketRow t, String row, Integer seat, Integer place) {
        if (row == null && seat == null && place == null) {
            return true;
        }
        if (place != null) {
            return place.equals(t.placeNo()) && t.rowLabel() == null;
        }
        return seat != null
                && row != null
                && seat.equals(t.seatNumber())
                && row.strip().equalsIgnoreCase(t.rowLabel());
    }

    /** The one atomic transition, and what to say when it did not happen. */
    private ScanResult checkIn(Gate gate, TicketRow ticket, String device, Instant at) {
        if (ticket.sessionId() != gate.sessionId()) {
            return new ScanResult(
                    ScanAnswer.WRONG_SESSION, gate.sessionId(), ticket.id(), null, null, null, null, null);
        }
        int changed = em.createNativeQuery(CHECK_IN)
                .setParameter(1, SqlValues.at(at))
                .setParameter(2, device)
                .setParameter(3, gate.who())
                .setParameter(4, ticket.id())
                .executeUpdate();
        if (changed == 1) {
            return new ScanResult(
                    ScanAnswer.VALID,
                    gate.sessionId(),
                    ticket.id(),
                    ticket.place(),
                    ticket.holder(),
                    at,
                    device,
                    gate.who());
        }
        TicketRow now = row(ticket.id()).orElseThrow();
        if (now.status() != TicketStatus.VALID) {
            return ScanResult.of(
                    now.status() == TicketStatus.REFUNDED ? ScanAnswer.REFUNDED : ScanAnswer.CANCELLED,
                    gate.sessionId(),
                    now);
        }
        if (now.checkedInAt() != null) {
            return ScanResult.of(ScanAnswer.ALREADY_USED, gate.sessionId(), now);
        }
        OrderStatus order = orders.status(now.orderId()).orElse(OrderStatus.PENDING);
        return ScanResult.of(answerFor(order), gate.sessionId(), now);
    }

    private static ScanAnswer answerFor(OrderStatus status) {
        return switch (status) {
            case REFUNDED -> ScanAnswer.REFUNDED;
            case CANCELLED -> ScanAnswer.CANCELLED;
            case PENDING -> ScanAnswer.NOT_PAID;
            case PAID -> ScanAnswer.UNKNOWN;
        };
    }

    private Optional<TicketRow> row(long ticketId) {
        return rows(ROW + " where id = ?", ticketId).stream().findFirst();
    }

    private List<TicketRow> rows(String sql, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, id).getResultList();
        return rows.stream().map(TicketValidation::toRow).toList();
    }

    private static TicketRow toRow(Object[] r) {
        return new TicketRow(
                SqlValues.number(r[0]),
                SqlValues.number(r[1]),
                SqlValues.number(r[2]),
                SqlValues.number(r[3]),
                (String) r[4],
                (String) r[5],
                r[6] == null ? null : (int) SqlValues.number(r[6]),
                r[7] == null ? null : (int) SqlValues.number(r[7]),
                (String) r[8],
                TicketStatus.valueOf((String) r[9]),
                r[10] == null ? null : SqlValues.instant(r[10]),
                (String) r[11],
                (String) r[12]);
    }

    /** One line of the scan log ({@link TicketScan} reads them). */
    private void log(Gate gate, ScanResult result, String device, Instant scannedAt, Instant now, boolean offline) {
        em.createNativeQuery(SCAN_LOG)
                .setParameter(1, gate.sessionId())
                .setParameter(2, result.ticketId())
                .setParameter(3, result.answer().name())
                .setParameter(4, device)
                .setParameter(5, gate.staffLogin())
                .setParameter(6, gate.doorTokenId())
                .setParameter(7, SqlValues.at(scannedAt))
                .setParameter(8, SqlValues.at(now))
                .setParameter(9, offline)
                .executeUpdate();
    }

    /** The device's name as given (trimmed, at most 100 characters), or "unnamed device". */
    static String device(String device) {
        String name = device == null ? "" : device.strip();
        if (name.isEmpty()) {
            return "unnamed device";
        }
        return name.length() > DEVICE_LENGTH ? name.substring(0, DEVICE_LENGTH) : name;
    }
}
