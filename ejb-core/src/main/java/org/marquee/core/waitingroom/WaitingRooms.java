package org.marquee.core.waitingroom;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.marquee.core.catalog.SaleWindow;
import org.marquee.core.catalog.SessionSales;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.AuditAction;
import org.marquee.core.platform.AuditTrail;
import org.marquee.core.platform.DatabaseVendor;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.SigningKeys;
import org.marquee.core.platform.SqlValues;
import org.marquee.core.team.Scope;
import org.marquee.core.team.TeamKind;
import org.marquee.core.waitingroom.QueueStatus.State;

/**
 * Sessions' virtual waiting rooms. A visitor who wants to buy while a session's room is on gets a
 * ticket (a random secret in a cookie; its hash is their row) and a place: those who came before
 * the on-sale are put in a random order when it starts (arriving early gives no edge over arriving
 * on time), later ones queue behind them first come, first served. From the on-sale the room
 * admits {@code admit_per_minute} places a minute in order; an admitted visitor gets a signed
 * {@link Admission}, which the checkout asks for before it starts an order, and which runs out
 * {@code admission_minutes} after the visitor's turn came.
 *
 * <p>No node keeps anything: the draw, the places, how far the room has admitted and when are rows
 * (V53), changed in short transactions that lock the room's row, and the admission is checked with
 * the shared key alone. Two nodes serve one room, and a restarted node carries on where it was.
 * Whoever asks first after the on-sale makes the draw; the admitted count grows when a visitor asks
 * (at most once a second per room), by the time since it last grew, never past the last place
 * given, so an empty room saves up no admissions for a later surge.
 */
@Stateless
public class WaitingRooms {

    static final String KEY_NAME = "waiting-room";
    static final String VARIABLE = "MARQUEE_WAITING_ROOM_SECRET";

    /** How often the admitted count may grow: at most once a second per room. */
    static final Duration STEP = Duration.ofSeconds(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A ticket as {@link #newTicket} makes them; anything else is no ticket. */
    private static final Pattern TICKET = Pattern.compile("[A-Za-z0-9_-]{32}");

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource dataSource;

    @Resource
    private SessionContext context;

    @Inject
    private Clock clock;

    @EJB
    private SigningKeys keys;

    @EJB
    private SessionSales sales;

    @EJB
    private Scope scope;

    @EJB
    private AuditTrail audit;

    /** PostgreSQL returns rows from an UPDATE; H2 selects them from its final table. */
    @Inject
    private DatabaseVendor vendor;

    /** Whether the caller may switch the session's room on or off: an admin, or an owner of its venue. */
    public boolean canConfigure(long sessionId) {
        if (context.isCallerInRole(Role.Names.ADMIN)) {
            return true;
        }
        Long venueId = query(connection -> venueOf(connection, sessionId));
        if (venueId == null || !scope.teamIds(TeamKind.VENUE).contains(venueId)) {
            return false;
        }
        return scope.require(TeamKind.VENUE, venueId).isOwner();
    }

    /** Sets up or changes the session's room; for admins and the owners of its venue only. */
    public void configure(long sessionId, RoomSettings settings) {
        if (!canConfigure(sessionId)) {
            throw scope.refuse(TeamKind.VENUE, "session", sessionId);
        }
        Instant now = clock.instant();
        String caller = scope.caller().orElse(null);
        query(connection -> {
            int changed;
            try (PreparedStatement update = connection.prepareStatement("update waiting_room set enabled = ?,"
                    + " admit_per_minute = ?, admission_minutes = ?, updated_by = ?, updated_at = ?"
                    + " where session_id = ?")) {
                update.setBoolean(1, settings.enabled());
                update.setInt(2, settings.admitPerMinute());
                update.setInt(3, settings.admissionMinutes());
                update.setString(4, caller);
                update.setObject(5, SqlValues.at(now));
                update.setLong(6, sessionId);
                changed = update.executeUpdate();
            }
            if (changed == 0) {
                try (PreparedStatement insert = connection.prepareStatement("insert into waiting_room (session_id,"
                        + " enabled, admit_per_minute, admission_minutes, updated_by, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?)")) {
                    insert.setLong(1, sessionId);
                    insert.setBoolean(2, settings.enabled());
                    insert.setInt(3, settings.admitPerMinute());
                    insert.setInt(4, settings.admissionMinutes());
                    insert.setString(5, caller);
                    insert.setObject(6, SqlValues.at(now));
                    insert.executeUpdate();
                }
            }
            return changed;
        });
        audit.record(
                AuditAction.UPDATE,
                "EventSession",
                sessionId,
                "waiting room " + (settings.enabled() ? "on" : "off") + ", " + settings.admitPerMinute()
                        + " a minute, admission " + settings.admissionMinutes() + " min");
    }

    /** Those of the sessions whose room is on. */
    public Set<Long> withRoom(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Set.of();
        }
        String ids = sessionIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return query(connection -> {
            Set<Long> on = new HashSet<>();
            try (PreparedStatement select = connection.prepareStatement(
                            "select session_id from waiting_room where enabled = true and session_id in (" + ids
                                    + ")");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    on.add(rows.getLong(1));
                }
            }
            return on;
        });
    }

    /**
     * The visitor's ticket for the session's room: the one they bring if it has a place in this
     * room, else a new one with a place (drawn at the on-sale if they came before it, else the
     * next). A session whose room is off, or that does not sell to buyers, is NotFound.
     */
    public String join(long sessionId, String brought) {
        String ticket = wellFormed(brought);
        SaleWindow window = sales.window(sessionId);
        Instant now = clock.instant();
        return query(connection -> {
            Room room = room(connection, sessionId, false)
                    .filter(Room::enabled)
                    .orElseThrow(() -> new NotFound("Waiting room", sessionId));
            if (ticket != null && entry(connection, sessionId, ticket).isPresent()) {
                return ticket;
            }
            String fresh = newTicket();
            // Before the on-sale nothing is locked: a crowd arriving early writes its rows side by
            // side. One written while the draw runs gets its place when it next asks (placeLate).
            boolean before = !room.drawn() && now.isBefore(window.salesStart());
            if (!before && !room.drawn()) {
                draw(connection, room(connection, sessionId, true).orElseThrow(), window.salesStart());
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into waiting_room_entry"
                    + " (visitor_hash, session_id, arrived_at, draw, position) values (?, ?, ?, ?, ?)")) {
                insert.setString(1, Admission.hash(fresh));
                insert.setLong(2, sessionId);
                insert.setObject(3, SqlValues.at(now));
                if (before) {
                    insert.setDouble(4, RANDOM.nextDouble());
                    insert.setNull(5, java.sql.Types.BIGINT);
                } else {
                    insert.setNull(4, java.sql.Types.DOUBLE);
                    insert.setLong(5, nextPosition(connection, sessionId));
                }
                insert.executeUpdate();
            }
            return fresh;
        });
    }

    /** Where the visitor stands; admitted, with the signed admission, once their turn came. */
    public QueueStatus status(long sessionId, String brought) {
        String ticket = wellFormed(brought);
        SaleWindow window = sales.window(sessionId);
        Instant now = clock.instant();
        Instant salesStart = window.salesStart();
        return query(connection -> {
            Optional<Room> found = room(connection, sessionId, false).filter(Room::enabled);
            Optional<Entry> entry = ticket == null ? Optional.empty() : entry(connection, sessionId, ticket);
            if (found.isEmpty() || entry.isEmpty()) {
                return new QueueStatus(State.NOT_IN_ROOM, 0, 0, 0, salesStart, null, null);
            }
            Room room = found.get();
            if (!room.drawn() && now.isBefore(salesStart)) {
                long wait = Duration.between(now, salesStart).toSeconds();
                return new QueueStatus(State.BEFORE_SALE, 0, 0, wait, salesStart, null, null);
            }
            if (!room.drawn()) {
                room = draw(connection, room(connection, sessionId, true).orElseThrow(), salesStart);
                // The draw may have given this visitor their place.
                entry = entry(connection, sessionId, ticket);
                if (entry.isEmpty()) {
                    return new QueueStatus(State.NOT_IN_ROOM, 0, 0, 0, salesStart, null, null);
                }
            }
            long position = entry.get().position() != null
                    ? entry.get().position()
                    // Came as the draw ran: a place at the back.
                    : placeLate(connection, sessionId, ticket);
            room = advance(connection, room, now);
            long through = (long) Math.floor(room.admittedThrough());
            Instant admittedAt = entry.get().admittedAt();
            if (admittedAt == null && position > through) {
                long ahead = position - through - 1;
                long wait = (long) Math.ceil((ahead + 1) * 60.0 / room.admitPerMinute());
                return new QueueStatus(State.WAITING, position, ahead, wait, salesStart, null, null);
            }
            if (admittedAt == null) {
                admittedAt = now;
                try (PreparedStatement admit = connection.prepareStatement(
                        "update waiting_room_entry set admitted_at = ? where visitor_hash = ? and admitted_at is null")) {
                    admit.setObject(1, SqlValues.at(now));
                    admit.setString(2, Admission.hash(ticket));
                    admit.executeUpdate();
                }
            }
            Instant expires = admittedAt.plus(Duration.ofMinutes(room.admissionMinutes()));
            if (!now.isBefore(expires)) {
                // The turn came and went: the visitor queues again, at the back.
                try (PreparedStatement leave =
                        connection.prepareStatement("delete from waiting_room_entry where visitor_hash = ?")) {
                    leave.setString(1, Admission.hash(ticket));
                    leave.executeUpdate();
                }
                return new QueueStatus(State.NOT_IN_ROOM, 0, 0, 0, salesStart, null, null);
            }
            String admission = signer().sign(sessionId, ticket, expires);
            return new QueueStatus(State.ADMITTED, position, 0, 0, salesStart, admission, expires);
        });
    }

    /**
     * Refuses starting an order of a session whose room is on without an admission that verifies
     * for this ticket ({@link WaitingRoomRequired}); a session without a room, or with it off, passes.
     */
    public void checkAdmission(long sessionId, String ticket, String admission) {
        boolean on = query(connection ->
                room(connection, sessionId, false).map(Room::enabled).orElse(false));
        if (on && !signer().verifies(admission, sessionId, wellFormed(ticket), clock.instant())) {
            throw new WaitingRoomRequired(sessionId);
        }
    }

    /**
     * How many wait, how many were admitted, and the rate: for the session's staff (admins, its
     * venue's team, the teams of its event's artists); anyone else is refused ({@code NotInScope}).
     */
    public Optional<RoomFigures> figures(long sessionId) {
        return query(connection -> {
            if (!context.isCallerInRole(Role.Names.ADMIN) && !staffOf(connection, sessionId)) {
                throw scope.refuse(TeamKind.VENUE, "session", sessionId);
            }
            Optional<Room> room = room(connection, sessionId, false);
            if (room.isEmpty()) {
                return Optional.empty();
            }
            try (PreparedStatement count = connection.prepareStatement("select count(*),"
                    + " sum(case when admitted_at is null then 0 else 1 end)"
                    + " from waiting_room_entry where session_id = ?")) {
                count.setLong(1, sessionId);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    long all = rows.getLong(1);
                    long admitted = rows.getLong(2);
                    return Optional.of(new RoomFigures(room.get().settings(), all - admitted, admitted));
                }
            }
        });
    }

    /** The room's figures for its staff: its settings, those waiting and those admitted. */
    public record RoomFigures(RoomSettings settings, long waiting, long admitted) {}

    // The rows.

    private record Room(
            long sessionId,
            boolean enabled,
            int admitPerMinute,
            int admissionMinutes,
            boolean drawn,
            long lastPosition,
            double admittedThrough,
            Instant advancedAt) {

        RoomSettings settings() {
            return new RoomSettings(enabled, admitPerMinute, admissionMinutes);
        }
    }

    private record Entry(Long position, Instant admittedAt) {}

    private static Optional<Room> room(Connection connection, long sessionId, boolean lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select enabled, admit_per_minute,"
                + " admission_minutes, drawn, last_position, admitted_through, advanced_at"
                + " from waiting_room where session_id = ?" + (lock ? " for update" : ""))) {
            select.setLong(1, sessionId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Object advanced = row.getObject(7);
                return Optional.of(new Room(
                        sessionId,
                        row.getBoolean(1),
                        row.getInt(2),
                        row.getInt(3),
                        row.getBoolean(4),
                        row.getLong(5),
                        row.getDouble(6),
                        advanced == null ? null : SqlValues.instant(advanced)));
            }
        }
    }

    private static Optional<Entry> entry(Connection connection, long sessionId, String ticket) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select position, admitted_at"
                + " from waiting_room_entry where visitor_hash = ? and session_id = ?")) {
            select.setString(1, Admission.hash(ticket));
            select.setLong(2, sessionId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                long position = row.getLong(1);
                Long place = row.wasNull() ? null : position;
                Object admitted = row.getObject(2);
                return Optional.of(new Entry(place, admitted == null ? null : SqlValues.instant(admitted)));
            }
        }
    }

    /**
     * The draw, once, by whoever comes first after the on-sale (the room's row locked by the
     * caller): those who came before get places 1..n in the random order of their draws, and the
     * admitted count starts growing from the on-sale.
     */
    private static Room draw(Connection connection, Room room, Instant salesStart) throws SQLException {
        if (room.drawn()) {
            return room;
        }
        try (PreparedStatement places = connection.prepareStatement("merge into waiting_room_entry e using ("
                + " select visitor_hash, row_number() over (order by draw, visitor_hash) as n"
                + " from waiting_room_entry where session_id = ? and position is null) d"
                + " on (e.visitor_hash = d.visitor_hash) when matched then update set position = d.n")) {
            places.setLong(1, room.sessionId());
            places.executeUpdate();
        }
        long given;
        try (PreparedStatement count =
                connection.prepareStatement("select count(*) from waiting_room_entry where session_id = ?")) {
            count.setLong(1, room.sessionId());
            try (ResultSet row = count.executeQuery()) {
                row.next();
                given = row.getLong(1);
            }
        }
        try (PreparedStatement drawn = connection.prepareStatement("update waiting_room set drawn = true,"
                + " last_position = ?, admitted_through = 0, advanced_at = ? where session_id = ?")) {
            drawn.setLong(1, given);
            drawn.setObject(2, SqlValues.at(salesStart));
            drawn.setLong(3, room.sessionId());
            drawn.executeUpdate();
        }
        return new Room(
                room.sessionId(),
                room.enabled(),
                room.admitPerMinute(),
                room.admissionMinutes(),
                true,
                given,
                0,
                salesStart);
    }

    /**
     * The next place, the room's row locked until the transaction ends: one statement, which
     * returns the new count (PostgreSQL's {@code returning}, H2's final table), so the lock is held
     * for as short a time as the transaction allows.
     */
    private long nextPosition(Connection connection, long sessionId) throws SQLException {
        String increment = "update waiting_room set last_position = last_position + 1 where session_id = ?";
        String sql = vendor == DatabaseVendor.POSTGRESQL
                ? increment + " returning last_position"
                : "select last_position from final table (" + increment + ")";
        try (PreparedStatement next = connection.prepareStatement(sql)) {
            next.setLong(1, sessionId);
            try (ResultSet row = next.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /**
     * A place at the back for a visitor who came as the draw ran (their row was written after it
     * read the room): under the room's lock, and only if nobody gave them one meanwhile.
     */
    private long placeLate(Connection connection, long sessionId, String ticket) throws SQLException {
        room(connection, sessionId, true);
        Optional<Entry> again = entry(connection, sessionId, ticket);
        if (again.isPresent() && again.get().position() != null) {
            return again.get().position();
        }
        long position = nextPosition(connection, sessionId);
        try (PreparedStatement place = connection.prepareStatement(
                "update waiting_room_entry set position = ? where visitor_hash = ? and position is null")) {
            place.setLong(1, position);
            place.setString(2, Admission.hash(ticket));
            place.executeUpdate();
        }
        return position;
    }

    /**
     * Lets the admitted count grow by the rate over the time since it last grew (at most once a
     * {@link #STEP}), never past the last place given. Without a lock: the change applies only if
     * nobody else's came first (the same {@code advanced_at}); else the room is read again.
     */
    private static Room advance(Connection connection, Room room, Instant now) throws SQLException {
        Instant since = room.advancedAt() == null ? now : room.advancedAt();
        if (Duration.between(since, now).compareTo(STEP) < 0) {
            return room;
        }
        double through = Admitting.through(
                room.admittedThrough(), room.lastPosition(), room.admitPerMinute(), Duration.between(since, now));
        int changed;
        try (PreparedStatement grow = connection.prepareStatement("update waiting_room set admitted_through = ?,"
                + " advanced_at = ? where session_id = ? and advanced_at = ?")) {
            grow.setDouble(1, through);
            grow.setObject(2, SqlValues.at(now));
            grow.setLong(3, room.sessionId());
            grow.setObject(4, SqlValues.at(since));
            changed = grow.executeUpdate();
        }
        if (changed == 0) {
            return room(connection, room.sessionId(), false).orElse(room);
        }
        return new Room(
                room.sessionId(),
                room.enabled(),
                room.admitPerMinute(),
                room.admissionMinutes(),
                room.drawn(),
                room.lastPosition(),
                through,
                now);
    }

    /** Whether the caller is on the team of the session's venue or of one of its event's artists. */
    private boolean staffOf(Connection connection, long sessionId) throws SQLException {
        Long venueId = venueOf(connection, sessionId);
        if (venueId != null && scope.teamIds(TeamKind.VENUE).contains(venueId)) {
            return true;
        }
        Set<Long> artists = scope.teamIds(TeamKind.ARTIST);
        if (artists.isEmpty()) {
            return false;
        }
        try (PreparedStatement select = connection.prepareStatement("select a.artist_id from event_session s"
                + " join event_artist a on a.event_id = s.event_id where s.id = ?")) {
            select.setLong(1, sessionId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (artists.contains(rows.getLong(1))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Long venueOf(Connection connection, long sessionId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("select venue_id from event_session where id = ?")) {
            select.setLong(1, sessionId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        }
    }

    private static String wellFormed(String ticket) {
        return ticket != null && TICKET.matcher(ticket).matches() ? ticket : null;
    }

    private static String newTicket() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Admission signer() {
        byte[] key;
        try {
            key = keys.key(KEY_NAME, VARIABLE);
        } catch (SigningKeys.KeyRace race) {
            key = keys.key(KEY_NAME, VARIABLE);
        }
        return new Admission(key);
    }

    // JDBC in the EJB's transaction.

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T query(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The waiting room's rows could not be read or written", e);
        }
    }
}
