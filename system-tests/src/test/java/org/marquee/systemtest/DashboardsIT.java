package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.inventory.InventoryOpening;
import org.marquee.core.platform.Money;
import org.marquee.core.reporting.AttendeeExport;
import org.marquee.core.reporting.AttendeeRow;
import org.marquee.core.reporting.CheckInProgress;
import org.marquee.core.reporting.PlatformFigures;
import org.marquee.core.reporting.PlatformSales;
import org.marquee.core.reporting.SalesDay;
import org.marquee.core.reporting.SectionFigures;
import org.marquee.core.reporting.SessionDashboard;
import org.marquee.core.reporting.StaffDashboards;
import org.marquee.core.reporting.TeamDashboard;
import org.marquee.core.team.NotInScope;
import org.marquee.core.team.TeamKind;
import org.marquee.core.venue.Placement;
import org.marquee.core.venue.SeatRowPlan;
import org.marquee.core.venue.Shape;
import org.marquee.core.venue.Venues;
import org.marquee.systemtest.ScopeFixture.Who;

/**
 * The dashboards' figures on PostgreSQL, exact for a fixture of known orders: PAID (counted),
 * PENDING within its hold (held, not revenue), PENDING past its hold (free, not revenue, though
 * its payment had fixed a total), REFUNDED and CANCELLED (nothing). Sold, held and free come from
 * the inventory's rows; revenue from PAID orders' fixed totals per currency; sales per day in the
 * venue's zone. Scope: another team's session or team is refused, whatever the id. The orders
 * are written as rows (as the checkout leaves them), so that their payment days can be chosen.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class DashboardsIT {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Timestamp SOLD = Timestamp.from(Instant.parse("9999-12-31T00:00:00Z"));

    private static ScopeFixture fixture;
    private static Instant now;
    private static Instant twoDaysAgo;
    private static Instant doorIn;
    private static long seatedSection;
    private static long floorA;
    private static List<Long> seats;
    private static final Map<String, String> PNRS = new HashMap<>();
    private static final AtomicReference<PlatformFigures> PLATFORM_BEFORE = new AtomicReference<>();

    @EJB
    private StaffDashboards dashboards;

    @EJB
    private AttendeeExport attendees;

    @EJB
    private PlatformSales platform;

    @EJB
    private Venues venues;

    @EJB
    private InventoryOpening opening;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource db;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithTests(
                DashboardsIT.class, ScopeFixture.class, Who.class, Callers.class, SqlCounter.class);
    }

    @BeforeEach
    void ordersOfKnownKinds() throws SQLException {
        if (fixture != null) {
            return;
        }
        PLATFORM_BEFORE.set(asAdmin(() -> platform.figures()));
        fixture = new ScopeFixture();
        // Laying out a venue is an admin's work (Venues states its roles).
        seatedSection = asAdmin(() -> venues.addSeatedSection(
                        fixture.venueA,
                        "Stalls",
                        Money.ofMinor(4000, "EUR"),
                        new Placement(0, 700, 0, Shape.RECTANGLE, 800, 400),
                        SeatRowPlan.builder(2, 5).build().generate()))
                .id();
        floorA = number("select id from section where venue_id = ? and name = 'Floor'", fixture.venueA);
        seats = numbers("select id from seat where section_id = ? order by row_label, seat_number", seatedSection);
        // The session at venue B sells in francs: an artist's sessions can be in several currencies.
        update("update event_session set currency = 'CHF' where id = ?", fixture.sessionOfAAtB);
        for (long session : List.of(fixture.sessionOfAAtA, fixture.sessionOfAAtB, fixture.sessionOfBAtB)) {
            opening.open(session);
        }
        now = Instant.now().minusSeconds(5).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        twoDaysAgo = now.minus(Duration.ofDays(2));
        long a = fixture.sessionOfAAtA;
        // Paid two days ago: two seats.
        long paidSeats = order("paid-seats", a, "PAID", 2, "EUR", 8000L, twoDaysAgo, now.plusSeconds(600));
        sell(a, paidSeats, seats.subList(0, 2));
        // The door: both seats are tickets, the first came in an hour ago.
        doorIn = now.minus(Duration.ofHours(1));
        for (int i = 0; i < 2; i++) {
            long seat = seats.get(i);
            update(
                    "insert into ticket (id, order_id, session_id, event_id, section_id, section_name, seat_id,"
                            + " row_label, seat_number, status, issued_at, checked_in_at, checked_in_device,"
                            + " checked_in_by) values (?, ?, ?, (select event_id from event_session where id = ?),"
                            + " (select section_id from seat where id = ?), 'Stalls', ?,"
                            + " (select row_label from seat where id = ?), (select seat_number from seat where id = ?),"
                            + " 'VALID', ?, ?, ?, ?)",
                    900_000_000L + paidSeats * 10 + i,
                    paidSeats,
                    a,
                    a,
                    seat,
                    seat,
                    seat,
                    seat,
                    Timestamp.from(twoDaysAgo),
                    i == 0 ? Timestamp.from(doorIn) : null,
                    i == 0 ? "north door" : null,
                    i == 0 ? "venue-manager" : null);
        }
        // Paid just now: three standing places, a fee in the total.
        long paidPlaces = order("paid-places", a, "PAID", 3, "EUR", 6300L, now, now.plusSeconds(600));
        sellPlaces(a, floorA, paidPlaces, 3, SOLD);
        // In checkout: one seat and two places held until its expiry, a total fixed (paying now).
        Instant expiry = now.plus(Duration.ofMinutes(10));
        long live = order("live", a, "PENDING", 3, "EUR", 12000L, null, expiry);
        hold(a, live, seats.get(2), expiry);
        sellPlaces(a, floorA, live, 2, Timestamp.from(expiry));
        // Its hold ran out five minutes ago, a total fixed: its seat is free again, it earned nothing.
        Instant expired = now.minus(Duration.ofMinutes(5));
        long lapsed = order("expired", a, "PENDING", 1, "EUR", 4000L, null, expired);
        hold(a, lapsed, seats.get(3), expired);
        // Refunded and cancelled: no seats, no money.
        order("refunded", a, "REFUNDED", 2, "EUR", 8000L, now, now.plusSeconds(600));
        order("cancelled", a, "CANCELLED", 1, "EUR", null, null, now.plusSeconds(600));
        // Artist A at venue B, in francs; artist B at venue B.
        long francs = order("francs", fixture.sessionOfAAtB, "PAID", 1, "CHF", 2500L, now, now.plusSeconds(600));
        sellPlaces(fixture.sessionOfAAtB, floorOf(fixture.venueB), francs, 1, SOLD);
        long ofB = order("of-b", fixture.sessionOfBAtB, "PAID", 5, "EUR", 10000L, now, now.plusSeconds(600));
        sellPlaces(fixture.sessionOfBAtB, floorOf(fixture.venueB), ofB, 5, SOLD);
    }

    @Test
    void aSessionsFiguresComeFromItsInventoryAndItsPaidOrdersOnly() {
        SessionDashboard d =
                fixture.as(Who.VENUE_MANAGER, () -> dashboards.session(TeamKind.VENUE, fixture.sessionOfAAtA));

        assertEquals(
                List.of(
                        new SectionFigures("Venue A " + fixture.tag, floorA, "Floor", true, 100, 3, 2),
                        new SectionFigures("Venue A " + fixture.tag, seatedSection, "Stalls", false, 10, 2, 1)),
                sortedBySection(d.sections()));
        assertEquals(95, sortedBySection(d.sections()).get(0).free());
        assertEquals(7, sortedBySection(d.sections()).get(1).free(), "the expired hold's seat is free");
        assertEquals(List.of(Money.ofMinor(14300, "EUR")), d.revenue(), "8000 + 6300: PAID orders' totals only");
        assertEquals(2, d.paidOrders());
        assertEquals(salesFrom(twoDaysAgo, 2, now, 3), d.sales());
        assertEquals(
                new CheckInProgress(1, 2, List.of(new CheckInProgress.Point(doorIn, 1))),
                d.checkIns(),
                "two tickets, one checked in");
    }

    @Test
    void anArtistsTeamAddsUpItsSessionsAtEveryVenueInEachCurrency() {
        TeamDashboard d = fixture.as(Who.ARTIST_MANAGER, () -> dashboards.team(TeamKind.ARTIST, fixture.artistA));

        assertEquals(
                List.of(fixture.sessionOfAAtA, fixture.sessionOfAAtB),
                d.sessions().stream()
                        .map(TeamDashboard.SessionFigures::sessionId)
                        .toList());
        TeamDashboard.SessionFigures atA = d.sessions().get(0);
        assertEquals(List.of(110L, 5L, 3L, 102L), List.of(atA.capacity(), atA.sold(), atA.held(), atA.free()));
        assertEquals(List.of(Money.ofMinor(14300, "EUR")), atA.revenue());
        TeamDashboard.SessionFigures atB = d.sessions().get(1);
        assertEquals(List.of(100L, 1L, 0L, 99L), List.of(atB.capacity(), atB.sold(), atB.held(), atB.free()));
        assertEquals(List.of(Money.ofMinor(2500, "CHF")), atB.revenue());

        assertEquals(List.of(Money.ofMinor(2500, "CHF"), Money.ofMinor(14300, "EUR")), d.revenue());
        assertEquals(3, d.paidOrders());
        assertEquals(3, d.sections().size(), "Floor and Stalls at A, Floor at B");
        assertEquals(
                List.of(210L, 6L, 3L),
                List.of(d.total().capacity(), d.total().sold(), d.total().held()));
        assertEquals(6, d.sales().stream().mapToLong(SalesDay::tickets).sum(), "2 two days ago, 3 + 1 today");
        assertTrue(
                d.sales().contains(new SalesDay(twoDaysAgo.atZone(BERLIN).toLocalDate(), 2)),
                d.sales().toString());
    }

    @Test
    void aVenueTeamSeesItsVenuesSessionsWhicheverArtistPlays() {
        TeamDashboard d = fixture.as(Who.VENUE_OWNER, () -> dashboards.team(TeamKind.VENUE, fixture.venueA));

        assertEquals(
                List.of(fixture.sessionOfAAtA),
                d.sessions().stream()
                        .map(TeamDashboard.SessionFigures::sessionId)
                        .toList());
        assertEquals(List.of(Money.ofMinor(14300, "EUR")), d.revenue());

        TeamDashboard b = Callers.as(
                fixture.venueOwnerB,
                ScopeFixture.roles(Who.VENUE_OWNER),
                () -> dashboards.team(TeamKind.VENUE, fixture.venueB));
        assertEquals(List.of(Money.ofMinor(2500, "CHF"), Money.ofMinor(10000, "EUR")), b.revenue());
        assertEquals(6, b.total().sold());
    }

    @Test
    void anotherTeamsSessionOrTeamIsRefusedWhateverTheId() {
        assertRefused(Who.VENUE_MANAGER, () -> dashboards.session(TeamKind.VENUE, fixture.sessionOfBAtB));
        assertRefused(Who.VENUE_MANAGER, () -> dashboards.session(TeamKind.VENUE, fixture.sessionOfAAtB));
        assertRefused(Who.VENUE_MANAGER, () -> dashboards.team(TeamKind.VENUE, fixture.venueB));
        assertRefused(Who.VENUE_MANAGER, () -> attendees.csv(TeamKind.VENUE, fixture.sessionOfBAtB));
        assertRefused(Who.VENUE_MANAGER, () -> attendees.csv(TeamKind.VENUE, Long.MAX_VALUE));
        // Venue staff are not artist staff, even for the artist playing at their venue.
        assertRefused(Who.VENUE_MANAGER, () -> dashboards.session(TeamKind.ARTIST, fixture.sessionOfAAtA));
        assertRefused(Who.ARTIST_MANAGER, () -> dashboards.session(TeamKind.ARTIST, fixture.sessionOfBAtB));
        assertRefused(Who.ARTIST_MANAGER, () -> dashboards.team(TeamKind.ARTIST, fixture.artistB));
        assertRefused(Who.ARTIST_MANAGER, () -> attendees.attendees(TeamKind.ARTIST, fixture.sessionOfBAtB));
        for (Who outsider : List.of(Who.BUYER, Who.MARKETING, Who.ANONYMOUS)) {
            assertThrows(
                    EJBAccessException.class,
                    () -> fixture.as(outsider, () -> dashboards.session(TeamKind.VENUE, fixture.sessionOfAAtA)),
                    outsider.name());
            assertThrows(
                    EJBAccessException.class,
                    () -> fixture.as(outsider, () -> attendees.csv(TeamKind.VENUE, fixture.sessionOfAAtA)),
                    outsider.name());
        }
        assertThrows(
                EJBAccessException.class,
                () -> fixture.as(Who.VENUE_OWNER, () -> platform.figures()),
                "the platform's figures are the admins'");
    }

    @Test
    void theAttendeeListHasEverySoldSeatAndPlaceOfPaidOrdersOnly() {
        List<AttendeeRow> rows =
                fixture.as(Who.ARTIST_OWNER, () -> attendees.attendees(TeamKind.ARTIST, fixture.sessionOfAAtA));

        assertEquals(5, rows.size(), "2 seats and 3 places of the two PAID orders: " + rows);
        assertTrue(rows.stream()
                .allMatch(r -> r.pnr().equals(PNRS.get("paid-seats")) || r.pnr().equals(PNRS.get("paid-places"))));
        AttendeeRow seat = rows.stream().filter(r -> !r.standing()).findFirst().orElseThrow();
        assertEquals("Buyer paid-seats", seat.name());
        assertEquals("paid-seats@example.org", seat.email());
        assertEquals("Stalls", seat.section());
        assertEquals(doorIn, seat.checkedInAt(), "the first seat came in at the door");

        String csv = fixture.as(Who.VENUE_OWNER, () -> attendees.csv(TeamKind.VENUE, fixture.sessionOfAAtA));
        String[] lines = csv.split("\r\n");
        assertEquals("name,email,pnr,section,row,seat,ordered_at,checked_in_at", lines[0]);
        assertEquals(6, lines.length, csv);
        String ordered = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.atZone(BERLIN));
        assertTrue(
                csv.contains("Buyer paid-places,paid-places@example.org," + PNRS.get("paid-places")
                        + ",Floor,,standing," + ordered),
                csv);
        assertTrue(
                csv.contains("Buyer paid-seats,paid-seats@example.org," + PNRS.get("paid-seats") + ",Stalls,A,1,"),
                csv);
    }

    @Test
    void thePlatformsFiguresCountTodaysPaidOrders() {
        PlatformFigures before = PLATFORM_BEFORE.get();
        PlatformFigures after = asAdmin(() -> platform.figures());

        Instant startOfToday =
                LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toInstant();
        boolean sameDay = !now.isBefore(startOfToday);
        if (sameDay) {
            assertEquals(
                    3 + 1 + 5, after.ticketsToday() - before.ticketsToday(), "the refunded order's 2 do not count");
            assertEquals(
                    Map.of("EUR", 16300L, "CHF", 2500L),
                    delta(before.revenueToday(), after.revenueToday()),
                    "6300 + 10000 EUR, 2500 CHF");
        }
        assertEquals(Map.of("EUR", 24300L, "CHF", 2500L), delta(before.revenue30Days(), after.revenue30Days()));
        assertEquals(3, after.sessionsOnSale() - before.sessionsOnSale(), "the fixture's three sessions");
        assertEquals(PlatformSales.DAYS, after.sales().size());
        assertEquals(
                LocalDate.now(ZoneOffset.UTC),
                after.sales().get(PlatformSales.DAYS - 1).day());
    }

    @Test
    void theDashboardsQueriesDoNotGrowWithOrdersOrSessions() {
        int session = SqlCounter.count(
                em, () -> fixture.as(Who.VENUE_OWNER, () -> dashboards.session(TeamKind.VENUE, fixture.sessionOfAAtA)));
        int team = SqlCounter.count(
                em, () -> fixture.as(Who.ARTIST_OWNER, () -> dashboards.team(TeamKind.ARTIST, fixture.artistA)));
        int csv = SqlCounter.count(
                em, () -> fixture.as(Who.VENUE_OWNER, () -> attendees.csv(TeamKind.VENUE, fixture.sessionOfAAtA)));
        int admin = SqlCounter.count(em, () -> asAdmin(() -> platform.figures()));
        System.out.printf(
                "Dashboard statements: session %d, team %d, attendee list %d, platform %d%n",
                session, team, csv, admin);
        assertTrue(session <= 10, "session dashboard: " + session + " statements");
        assertTrue(team <= 8, "team dashboard: " + team + " statements");
        assertTrue(csv <= 6, "attendee list: " + csv + " statements");
        assertTrue(admin <= 5, "platform figures: " + admin + " statements");
    }

    // ---------------------------------------------------------------- helpers

    private static List<SectionFigures> sortedBySection(List<SectionFigures> sections) {
        return sections.stream()
                .sorted(java.util.Comparator.comparing(SectionFigures::section))
                .toList();
    }

    /** Sales per day in Berlin, the days between the two as zeros. */
    private static List<SalesDay> salesFrom(Instant first, long firstTickets, Instant last, long lastTickets) {
        LocalDate from = first.atZone(BERLIN).toLocalDate();
        LocalDate to = last.atZone(BERLIN).toLocalDate();
        List<SalesDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            days.add(new SalesDay(d, d.equals(from) ? firstTickets : d.equals(to) ? lastTickets : 0));
        }
        return days;
    }

    private static Map<String, Long> delta(List<Money> before, List<Money> after) {
        Map<String, Long> delta = new HashMap<>();
        after.forEach(m -> delta.merge(m.currency(), m.minor(), Long::sum));
        before.forEach(m -> delta.merge(m.currency(), -m.minor(), Long::sum));
        delta.values().removeIf(v -> v == 0);
        return delta;
    }

    private static void assertRefused(Who who, Callable<?> call) {
        assertThrows(NotInScope.class, () -> fixture.as(who, call));
    }

    private static <T> T asAdmin(Callable<T> call) {
        return Callers.as("dashboards-admin@marquee.test", org.marquee.core.identity.Role.ADMIN, call);
    }

    private long floorOf(long venue) throws SQLException {
        return number("select id from section where venue_id = ? and name = 'Floor'", venue);
    }

    /** An order row as the checkout leaves it; returns its id and remembers its PNR by name. */
    private long order(
            String name,
            long session,
            String status,
            int tickets,
            String currency,
            Long total,
            Instant paidAt,
            Instant expiry)
            throws SQLException {
        long id = number("select nextval('event_session_order_seq')");
        String pnr = pnr();
        PNRS.put(name, pnr);
        Instant created = (paidAt == null ? expiry : paidAt).minus(Duration.ofMinutes(20));
        update(
                "insert into event_session_order (id, pnr, session_id, token_hash, status, tickets, max_tickets,"
                        + " created_at, expire_if_not_completed_at, currency, subtotal_minor, total_minor, paid_at,"
                        + " buyer_name, buyer_email) values (?, ?, ?, ?, ?, ?, 10, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                pnr,
                session,
                "0".repeat(64),
                status,
                tickets,
                Timestamp.from(created),
                Timestamp.from(expiry),
                total == null ? null : currency,
                total,
                total,
                paidAt == null ? null : Timestamp.from(paidAt),
                "Buyer " + name,
                name + "@example.org");
        return id;
    }

    private void sell(long session, long order, List<Long> seatIds) throws SQLException {
        for (long seat : seatIds) {
            update(
                    "update session_seat set order_id = ?, held_until = ? where session_id = ? and seat_id = ?",
                    order,
                    SOLD,
                    session,
                    seat);
        }
    }

    private void hold(long session, long order, long seat, Instant until) throws SQLException {
        update(
                "update session_seat set order_id = ?, held_until = ? where session_id = ? and seat_id = ?",
                order,
                Timestamp.from(until),
                session,
                seat);
    }

    private void sellPlaces(long session, long section, long order, int n, Timestamp until) throws SQLException {
        update(
                "update session_place set order_id = ?, held_until = ? where session_id = ? and section_id = ?"
                        + " and place_no in (select place_no from session_place where session_id = ? and section_id = ?"
                        + " and order_id is null order by place_no limit ?)",
                order,
                until,
                session,
                section,
                session,
                section,
                n);
    }

    private static String pnr() {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder pnr = new StringBuilder("Q");
        for (int i = 0; i < 6; i++) {
            pnr.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return pnr.toString();
    }

    private long number(String sql, Object... parameters) throws SQLException {
        return numbers(sql, parameters).get(0);
    }

    private List<Long> numbers(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = prepare(c, sql, parameters);
                ResultSet r = s.executeQuery()) {
            List<Long> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getLong(1));
            }
            return values;
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = prepare(c, sql, parameters)) {
            s.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }
}
