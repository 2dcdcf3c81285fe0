package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.checkin.DoorLists;
import org.marquee.core.checkin.DoorTokenRefused;
import org.marquee.core.checkin.DoorTokenView;
import org.marquee.core.checkin.DoorTokens;
import org.marquee.core.checkin.IssuedDoorToken;
import org.marquee.core.checkin.NotAtTheDoor;
import org.marquee.core.checkin.OfflineCheckin;
import org.marquee.core.checkin.OfflineList;
import org.marquee.core.checkin.PrintedTicket;
import org.marquee.core.checkin.ScanAnswer;
import org.marquee.core.checkin.ScanResult;
import org.marquee.core.checkin.SectionCount;
import org.marquee.core.checkin.SyncedCheckin;
import org.marquee.core.checkin.TicketCode;
import org.marquee.core.checkin.TicketDocuments;
import org.marquee.core.checkin.TicketFile;
import org.marquee.core.checkin.TicketValidation;
import org.marquee.core.identity.Role;
import org.marquee.core.order.Buyer;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.OrderCheckout;
import org.marquee.core.order.OrderPromos;
import org.marquee.core.order.Orders;
import org.marquee.core.order.PaymentMethod;
import org.marquee.core.order.PlaceClaims;
import org.marquee.core.order.StartedOrder;
import org.marquee.core.order.TicketsWithdrawn;
import org.marquee.core.payment.PaymentCheckout;
import org.marquee.core.payment.StartedPayment;
import org.marquee.core.promo.DiscountKind;
import org.marquee.core.promo.PromoCodeDraft;
import org.marquee.core.promo.PromoCodes;
import org.marquee.core.team.OwnersOnly;
import org.marquee.core.team.TeamKind;

/**
 * Tickets and the door inside the server on PostgreSQL: tickets issued in the sale's transaction
 * (orders paid through the real sale, made free by a 100 % promo code so that no provider is
 * needed), one ticket scanned at ten doors at once, forged, altered and foreign codes, withdrawn
 * tickets, scans outside the scope, door links expired and revoked, typed booking codes and the
 * offline sync. Every refusal is checked to have changed no ticket.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class TicketsIT {

    private static ScopeFixture fixture;
    private static final Map<Long, String> FREE_CODES = new java.util.concurrent.ConcurrentHashMap<>();

    @EJB
    private Orders orders;

    @EJB
    private OrderCheckout checkout;

    @EJB
    private PlaceClaims places;

    @EJB
    private PaymentCheckout payments;

    @EJB
    private PromoCodes promoCodes;

    @EJB
    private OrderPromos orderPromos;

    @EJB
    private TicketDocuments documents;

    @EJB
    private TicketValidation validation;

    @EJB
    private DoorTokens doorTokens;

    @EJB
    private DoorLists doorLists;

    @Inject
    private Event<TicketsWithdrawn> withdrawn;

    @Resource
    private UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource db;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithTests(TicketsIT.class, ScopeFixture.class, ScopeFixture.Who.class, Callers.class);
    }

    @BeforeEach
    void teams() {
        synchronized (TicketsIT.class) {
            if (fixture == null) {
                fixture = new ScopeFixture();
            }
        }
    }

    // ---------------------------------------------------------------- issuing

    @Test
    void aPaidOrderHasOneTicketPerPlaceAndItsPdfRidesOnTheEmail() throws Exception {
        Paid paid = paid(fixture.sessionOfAAtA, 3);
        assertEquals(3, number("select count(*) from ticket where order_id = ? and status = 'VALID'", paid.orderId()));
        assertEquals(
                3,
                number(
                        "select count(distinct t.place_no) from ticket t join session_place p on p.order_id = t.order_id"
                                + " and p.place_no = t.place_no and p.section_id = t.section_id where t.order_id = ?",
                        paid.orderId()),
                "the tickets are the order's places");
        // The tickets ride on "order placed" (the invoice, issue 16, beside them: InvoicesIT).
        List<String> attached = List.of(
                string("select attachments from outbox_message where dedupe_key = ?", "order-placed:" + paid.orderId())
                        .split("\n"));
        assertTrue(attached.contains("tickets:" + paid.orderId()), attached.toString());
        TicketFile pdf = documents.pdf(paid.access());
        assertTrue(new String(pdf.content(), 0, 5).startsWith("%PDF"), "a PDF");
        assertEquals(3, paid.codes().size());
        paid.codes().forEach(code -> assertTrue(code.startsWith(TicketCode.PREFIX)));
    }

    // ---------------------------------------------------------------- invariant 7

    @Test
    void tenDoorsScanningOneTicketAtOnceAdmitItOnce() throws Exception {
        Paid paid = paid(fixture.sessionOfAAtA, 1);
        String code = paid.codes().get(0);
        int doors = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(doors);
        List<Future<ScanResult>> scans = new ArrayList<>();
        try {
            for (int door = 0; door < doors; door++) {
                String device = "door " + door;
                scans.add(pool.submit(() -> {
                    start.await();
                    return asVenueOwner(() -> validation.scan(fixture.sessionOfAAtA, code, device, null));
                }));
            }
            start.countDown();
            List<ScanResult> results = new ArrayList<>();
            for (Future<ScanResult> scan : scans) {
                results.add(scan.get(60, TimeUnit.SECONDS));
            }
            List<ScanResult> valid =
                    results.stream().filter(r -> r.answer() == ScanAnswer.VALID).toList();
            List<ScanResult> used = results.stream()
                    .filter(r -> r.answer() == ScanAnswer.ALREADY_USED)
                    .toList();
            assertEquals(1, valid.size(), "exactly one door admits: " + results);
            assertEquals(9, used.size(), "the nine others are told it was used: " + results);
            ScanResult winner = valid.get(0);
            for (ScanResult late : used) {
                assertEquals(winner.checkedInDevice(), late.checkedInDevice(), "which door");
                assertEquals(fixture.emails.get(ScopeFixture.Who.VENUE_OWNER), late.checkedInBy(), "who");
                assertEquals(winner.checkedInAt(), late.checkedInAt(), "when");
            }
            assertEquals("Floor, standing, place " + placeOf(winner.ticketId()), winner.place());
            assertEquals("Ana Silva", winner.holder());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                10,
                number(
                        "select count(*) from ticket_scan where ticket_id = ?",
                        TicketCode.parse(code).orElseThrow().ticketId()),
                "every scan is logged");
    }

    // ---------------------------------------------------------------- refusals change nothing

    @Test
    void forgedAlteredAndForeignCodesAreRefusedAndChangeNothing() throws Exception {
        Paid paid = paid(fixture.sessionOfAAtA, 1);
        String code = paid.codes().get(0);
        TicketCode genuine = TicketCode.parse(code).orElseThrow();
        String forged = TicketCode.sign(
                genuine.ticketId(),
                genuine.sessionId(),
                KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate());
        char last = code.charAt(code.length() - 2);
        String altered =
                code.substring(0, code.length() - 2) + (last == 'A' ? 'B' : 'A') + code.substring(code.length() - 1);
        for (String bad : List.of(forged, altered, "MQ1NOTACODE", "hello", "")) {
            assertEquals(ScanAnswer.UNKNOWN, scan(fixture.sessionOfAAtA, bad).answer(), bad);
        }
        assertNotCheckedIn(genuine.ticketId());

        Paid sameEventOtherSession = paid(fixture.sessionOfAAtB, 1);
        Paid otherEvent = paid(fixture.sessionOfBAtB, 1);
        assertEquals(
                ScanAnswer.WRONG_SESSION,
                scan(fixture.sessionOfAAtA, sameEventOtherSession.codes().get(0))
                        .answer());
        assertEquals(
                ScanAnswer.WRONG_SESSION,
                scan(fixture.sessionOfAAtA, otherEvent.codes().get(0)).answer());
        assertNotCheckedIn(
                TicketCode.parse(otherEvent.codes().get(0)).orElseThrow().ticketId());
        assertNotCheckedIn(TicketCode.parse(sameEventOtherSession.codes().get(0))
                .orElseThrow()
                .ticketId());

        assertEquals(ScanAnswer.VALID, scan(fixture.sessionOfAAtA, code).answer(), "the genuine code still admits");
    }

    @Test
    void refundedAndCancelledTicketsStopAtOnce() throws Exception {
        Paid refunded = paid(fixture.sessionOfAAtA, 2);
        Paid cancelled = paid(fixture.sessionOfAAtA, 1);
        long first = TicketCode.parse(refunded.codes().get(0)).orElseThrow().ticketId();
        long second = TicketCode.parse(refunded.codes().get(1)).orElseThrow().ticketId();
        long sectionId = number("select section_id from ticket where id = ?", first);
        transaction.begin();
        withdrawn.fire(new TicketsWithdrawn(
                refunded.orderId(),
                Set.of(),
                Set.of(new TicketsWithdrawn.StandingPlace(sectionId, placeOf(first))),
                false,
                TicketsWithdrawn.Reason.REFUNDED));
        withdrawn.fire(TicketsWithdrawn.all(cancelled.orderId(), TicketsWithdrawn.Reason.CANCELLED));
        transaction.commit();

        assertEquals(
                ScanAnswer.REFUNDED,
                scan(fixture.sessionOfAAtA, refunded.codes().get(0)).answer());
        assertEquals(
                ScanAnswer.CANCELLED,
                scan(fixture.sessionOfAAtA, cancelled.codes().get(0)).answer());
        assertNotCheckedIn(first);
        assertNotCheckedIn(
                TicketCode.parse(cancelled.codes().get(0)).orElseThrow().ticketId());
        assertEquals(
                ScanAnswer.VALID,
                scan(fixture.sessionOfAAtA, refunded.codes().get(1)).answer(),
                "the other place stays");
        assertEquals("VALID", string("select status from ticket where id = ?", second));
        assertEquals(1, documents.printed(refunded.access()).size(), "a refunded ticket is not printed again");
    }

    @Test
    void staffOutsideTheScopeAreRefusedAndArtistStaffScanTheirArtistsSessions() throws Exception {
        Paid atA = paid(fixture.sessionOfAAtA, 1);
        Paid aAtB = paid(fixture.sessionOfAAtB, 1);
        String codeAtA = atA.codes().get(0);
        ScanResult byOtherVenue = Callers.as(
                fixture.venueOwnerB,
                Set.of(Role.VENUE),
                () -> validation.scan(fixture.sessionOfAAtA, codeAtA, "b door", null));
        ScanResult byOtherArtist = Callers.as(
                fixture.artistOwnerB,
                Set.of(Role.ARTIST),
                () -> validation.scan(fixture.sessionOfAAtA, codeAtA, "b door", null));
        ScanResult byBuyer =
                fixture.as(ScopeFixture.Who.BUYER, () -> validation.scan(fixture.sessionOfAAtA, codeAtA, "x", null));
        assertEquals(ScanAnswer.NOT_IN_SCOPE, byOtherVenue.answer());
        assertEquals(ScanAnswer.NOT_IN_SCOPE, byOtherArtist.answer());
        assertEquals(ScanAnswer.NOT_IN_SCOPE, byBuyer.answer());
        assertNull(byOtherVenue.holder(), "nothing of the ticket is told");
        assertThrows(
                NotAtTheDoor.class,
                () -> Callers.anonymous(() -> validation.scan(fixture.sessionOfAAtA, codeAtA, "x", null)));
        assertNotCheckedIn(TicketCode.parse(codeAtA).orElseThrow().ticketId());
        assertEquals(
                0,
                number(
                        "select count(*) from ticket_scan where ticket_id = ?",
                        TicketCode.parse(codeAtA).orElseThrow().ticketId()));

        ScanResult byArtistManager = fixture.as(
                ScopeFixture.Who.ARTIST_MANAGER,
                () -> validation.scan(fixture.sessionOfAAtB, aAtB.codes().get(0), "artist phone", null));
        assertEquals(ScanAnswer.VALID, byArtistManager.answer(), "artist A plays at venue B");
        assertThrows(
                org.marquee.core.team.NotInScope.class,
                () -> Callers.as(
                        fixture.venueOwnerB,
                        Set.of(Role.VENUE),
                        () -> doorLists.counters(fixture.sessionOfAAtA, null)));
    }

    // ---------------------------------------------------------------- door links

    @Test
    void aDoorLinkOpensItsSessionOnlyAndStopsWhenRevokedOrExpired() throws Exception {
        Paid paid = paid(fixture.sessionOfAAtA, 3);
        Paid other = paid(fixture.sessionOfAAtB, 1);
        Instant now = Instant.now();
        assertThrows(
                OwnersOnly.class,
                () -> fixture.as(
                        ScopeFixture.Who.VENUE_MANAGER,
                        () -> doorTokens.create(
                                TeamKind.VENUE, fixture.sessionOfAAtA, "North", now, now.plus(Duration.ofHours(6)))));
        IssuedDoorToken north = fixture.as(
                ScopeFixture.Who.VENUE_OWNER,
                () -> doorTokens.create(
                        TeamKind.VENUE, fixture.sessionOfAAtA, "North", now, now.plus(Duration.ofHours(6))));
        IssuedDoorToken south = fixture.as(
                ScopeFixture.Who.VENUE_OWNER,
                () -> doorTokens.create(
                        TeamKind.VENUE, fixture.sessionOfAAtA, "South", now, now.plus(Duration.ofHours(6))));
        assertTrue(north.link().contains("/door/#" + north.token()), north.link());
        assertTrue(north.qrSvg().startsWith("<svg"));

        ScanResult admitted = Callers.anonymous(
                () -> validation.scan(fixture.sessionOfAAtA, paid.codes().get(0), "hired phone 1", north.token()));
        assertEquals(ScanAnswer.VALID, admitted.answer());
        assertEquals("door link \"North\"", admitted.checkedInBy());
        DoorTokenRefused otherSession = assertThrows(
                DoorTokenRefused.class,
                () -> Callers.anonymous(() ->
                        validation.scan(fixture.sessionOfAAtB, other.codes().get(0), "hired phone 1", north.token())));
        assertEquals(DoorTokenRefused.Reason.OTHER_SESSION, otherSession.reason());

        fixture.as(ScopeFixture.Who.VENUE_OWNER, () -> {
            doorTokens.revoke(TeamKind.VENUE, north.id());
            return null;
        });
        DoorTokenRefused revoked = assertThrows(
                DoorTokenRefused.class,
                () -> Callers.anonymous(() ->
                        validation.scan(fixture.sessionOfAAtA, paid.codes().get(1), "hired phone 1", north.token())));
        assertEquals(DoorTokenRefused.Reason.REVOKED, revoked.reason());

        update(
                "update door_token set valid_from = ?, valid_until = ? where id = ?",
                Timestamp.from(now.minus(Duration.ofHours(7))),
                Timestamp.from(now.minus(Duration.ofMinutes(1))),
                south.id());
        DoorTokenRefused expired = assertThrows(
                DoorTokenRefused.class,
                () -> Callers.anonymous(() ->
                        validation.scan(fixture.sessionOfAAtA, paid.codes().get(2), "hired phone 2", south.token())));
        assertEquals(DoorTokenRefused.Reason.EXPIRED, expired.reason());
        assertNotCheckedIn(TicketCode.parse(paid.codes().get(1)).orElseThrow().ticketId());
        assertNotCheckedIn(TicketCode.parse(paid.codes().get(2)).orElseThrow().ticketId());
        assertThrows(
                DoorTokenRefused.class,
                () -> Callers.anonymous(() ->
                        validation.scan(fixture.sessionOfAAtA, paid.codes().get(2), "x", "no-such-token")));

        List<DoorTokenView> links = fixture.as(
                ScopeFixture.Who.VENUE_MANAGER, () -> doorTokens.list(TeamKind.VENUE, fixture.sessionOfAAtA));
        DoorTokenView northView =
                links.stream().filter(l -> l.id() == north.id()).findFirst().orElseThrow();
        assertNotNull(northView.revokedAt());
        assertEquals(1, northView.scans());
        assertEquals("hired phone 1", northView.devices().get(0).device());
        assertThrows(
                org.marquee.core.team.NotInScope.class,
                () -> Callers.as(fixture.venueOwnerB, Set.of(Role.VENUE), () -> {
                    doorTokens.revoke(TeamKind.VENUE, south.id());
                    return null;
                }));
    }

    // ---------------------------------------------------------------- typed codes, offline

    @Test
    void aBookingCodeTypedByHandChecksInItsPlace() throws Exception {
        Paid paid = paid(fixture.sessionOfAAtA, 2);
        String pnr = string("select pnr from event_session_order where id = ?", paid.orderId());
        long ticket = TicketCode.parse(paid.codes().get(1)).orElseThrow().ticketId();
        int place = placeOf(ticket);
        assertEquals(ScanAnswer.UNKNOWN, typed(pnr, null).answer(), "two tickets: which one?");
        assertEquals(ScanAnswer.VALID, typed(pnr.toLowerCase(), place).answer());
        assertEquals(ScanAnswer.ALREADY_USED, typed(pnr, place).answer());
        assertEquals(ScanAnswer.UNKNOWN, typed("ZZZZZZZ", 1).answer());

        StartedOrder pending = orders.start(fixture.sessionOfAAtA, Buyer.guest());
        String pendingPnr = string("select pnr from event_session_order where id = ?", pending.orderId());
        assertEquals(ScanAnswer.NOT_PAID, typed(pendingPnr, null).answer());
    }

    @Test
    void offlineCheckinsSyncOnceAndDuplicatesAcrossDevicesAreReported() throws Exception {
        Paid paid = paid(fixture.sessionOfAAtA, 2);
        OfflineList list = asVenueOwner(() -> doorLists.offline(fixture.sessionOfAAtA, null));
        assertEquals("Ed25519", list.algorithm());
        java.security.PublicKey key = java.security.KeyFactory.getInstance("Ed25519")
                .generatePublic(new java.security.spec.X509EncodedKeySpec(
                        java.util.Base64.getDecoder().decode(list.publicKey())));
        TicketCode code = TicketCode.parse(paid.codes().get(0)).orElseThrow();
        assertTrue(code.verifies(key), "the offline list's key verifies the printed code");
        assertTrue(list.tickets().stream().anyMatch(t -> t.ticketId() == code.ticketId() && !t.checkedIn()));

        Instant early = Instant.now().minus(Duration.ofMinutes(5));
        Instant later = Instant.now().minus(Duration.ofMinutes(2));
        List<SyncedCheckin> east = asVenueOwner(() -> validation.sync(
                fixture.sessionOfAAtA,
                "east",
                List.of(new OfflineCheckin(paid.codes().get(0), early), new OfflineCheckin("MQ1FORGED", early)),
                null));
        List<SyncedCheckin> west = asVenueOwner(() -> validation.sync(
                fixture.sessionOfAAtA,
                "west",
                List.of(
                        new OfflineCheckin(paid.codes().get(0), later),
                        new OfflineCheckin(paid.codes().get(1), later)),
                null));
        List<SyncedCheckin> eastAgain = asVenueOwner(() -> validation.sync(
                fixture.sessionOfAAtA,
                "east",
                List.of(new OfflineCheckin(paid.codes().get(0), early)),
                null));

        assertEquals(SyncedCheckin.Outcome.APPLIED, east.get(0).outcome());
        assertEquals(SyncedCheckin.Outcome.REFUSED, east.get(1).outcome());
        assertEquals(SyncedCheckin.Outcome.DUPLICATE, west.get(0).outcome());
        assertEquals("east", west.get(0).result().checkedInDevice(), "the duplicate says which device was first");
        assertEquals(SyncedCheckin.Outcome.APPLIED, west.get(1).outcome());
        assertEquals(SyncedCheckin.Outcome.ALREADY_SYNCED, eastAgain.get(0).outcome(), "a batch sent again");
        assertEquals(
                early.truncatedTo(java.time.temporal.ChronoUnit.MICROS),
                instant("select checked_in_at from ticket where id = ?", code.ticketId()),
                "checked in at its scan time");

        List<SectionCount> counters = asVenueOwner(() -> doorLists.counters(fixture.sessionOfAAtA, null));
        long checkedIn = number(
                "select count(*) from ticket where session_id = ? and checked_in_at is not null and status = 'VALID'",
                fixture.sessionOfAAtA);
        long expected =
                number("select count(*) from ticket where session_id = ? and status = 'VALID'", fixture.sessionOfAAtA);
        assertEquals(
                checkedIn, counters.stream().mapToLong(SectionCount::checkedIn).sum());
        assertEquals(
                expected, counters.stream().mapToLong(SectionCount::expected).sum());
        assertEquals(
                4,
                number(
                        "select count(*) from ticket_scan where session_id = ? and offline = true and device in ('east', 'west')"
                                + " and ticket_id in (?, ?)",
                        fixture.sessionOfAAtA,
                        code.ticketId(),
                        TicketCode.parse(paid.codes().get(1)).orElseThrow().ticketId()),
                "every synced check-in is logged");
    }

    // ---------------------------------------------------------------- helpers

    private record Paid(long orderId, OrderAccess access, List<String> codes) {}

    /** An order of n standing places, paid through the sale (a 100 % promo code: no provider). */
    private Paid paid(long sessionId, int count) throws Exception {
        StartedOrder started = orders.start(sessionId, Buyer.guest());
        OrderAccess order = OrderAccess.of(started.orderId(), started.token());
        checkout.chooseAmount(order, count, Map.of());
        checkout.giveAddress(
                order,
                new OrderCheckout.AddressForm(
                        "Ana Silva",
                        "ana+" + order.orderId() + "@example.com",
                        "Rua Augusta 1",
                        "1100-048",
                        "Lisbon",
                        "Portugal",
                        false,
                        "en"));
        places.claim(
                order,
                number(
                        "select id from section where venue_id = (select venue_id from event_session where id = ?)",
                        sessionId),
                count);
        checkout.confirmSeats(order);
        checkout.choosePaymentMethod(order, PaymentMethod.CARD);
        orderPromos.apply(order, freeCode(sessionId), "free+" + order.orderId() + "@example.org");
        StartedPayment payment = payments.start(order, "en");
        assertTrue(payment.paid(), "free: sold without a provider");
        List<String> codes =
                documents.printed(order).stream().map(PrintedTicket::code).toList();
        return new Paid(order.orderId(), order, codes);
    }

    private String freeCode(long sessionId) throws SQLException {
        long eventId = number("select event_id from event_session where id = ?", sessionId);
        return FREE_CODES.computeIfAbsent(eventId, id -> {
            PromoCodeDraft draft = new PromoCodeDraft();
            draft.setCode("door" + Long.toString(System.nanoTime(), 36));
            draft.setKind(DiscountKind.PERCENT);
            draft.setAmount(BigDecimal.valueOf(100));
            return Callers.as("tickets-admin@marquee.test", Role.ADMIN, () -> promoCodes
                    .create(id, draft)
                    .code());
        });
    }

    private ScanResult scan(long sessionId, String code) {
        return asVenueOwner(() -> validation.scan(sessionId, code, "test door", null));
    }

    private ScanResult typed(String pnr, Integer place) {
        return asVenueOwner(() -> validation.typed(fixture.sessionOfAAtA, pnr, null, null, place, "box office", null));
    }

    private static <T> T asVenueOwner(Callable<T> call) {
        return fixture.as(ScopeFixture.Who.VENUE_OWNER, call);
    }

    private int placeOf(long ticketId) throws SQLException {
        return (int) number("select place_no from ticket where id = ?", ticketId);
    }

    private void assertNotCheckedIn(long ticketId) throws SQLException {
        assertNull(
                instant("select checked_in_at from ticket where id = ?", ticketId),
                "ticket " + ticketId + " unchanged");
    }

    private long number(String sql, Object... parameters) throws SQLException {
        return ((Number) value(sql, parameters)).longValue();
    }

    private String string(String sql, Object... parameters) throws SQLException {
        return (String) value(sql, parameters);
    }

    private Instant instant(String sql, Object... parameters) throws SQLException {
        Object value = value(sql, parameters);
        return value == null ? null : ((Timestamp) value).toInstant();
    }

    private Object value(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
