package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.catalog.SalesState;
import org.marquee.core.catalog.SessionDraft;
import org.marquee.core.catalog.SessionSales;
import org.marquee.core.catalog.SessionStatus;
import org.marquee.core.catalog.Sessions;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.SectionAvailability;
import org.marquee.core.order.Buyer;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.Orders;
import org.marquee.core.order.PlaceClaims;
import org.marquee.core.order.SalesClosed;
import org.marquee.core.order.SeatClaims;
import org.marquee.core.order.StartedOrder;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.Money;
import org.marquee.core.venue.Placement;
import org.marquee.core.venue.Section;
import org.marquee.core.venue.Shape;
import org.marquee.core.venue.Venues;

/**
 * Every session that can be sold has its inventory, whichever way it went on sale and whatever
 * happened to its venue's layout since; and a session is SOLD_OUT exactly while nothing is left
 * (issue 12, items 1-3). Inside the server, on PostgreSQL.
 */
@ExtendWith({ArquillianExtension.class, AsFixtureAdmin.class})
@Tag(SharedDeployment.IN_SERVER)
class SessionInventoryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    @EJB
    private Venues venues;

    @EJB
    private Sessions sessions;

    @EJB
    private SessionSales sales;

    @EJB
    private Orders orders;

    @EJB
    private SeatClaims seats;

    @EJB
    private PlaceClaims places;

    @EJB
    private Availability availability;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource db;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithTests(SessionInventoryIT.class, CheckoutProgramme.class);
    }

    private CheckoutProgramme hall(int rows, int seatsPerRow, int standing) throws SQLException {
        return CheckoutProgramme.create(db, rows, seatsPerRow, standing);
    }

    /** Free places per section name of a session, as the checkout shows them. */
    private Map<String, Integer> free(long sessionId) {
        return availability.of(sessionId, false).sections().stream()
                .collect(Collectors.toMap(SectionAvailability::name, SectionAvailability::free));
    }

    private StartedOrder start(long sessionId) {
        return orders.start(sessionId, Buyer.guest());
    }

    private static OrderAccess access(StartedOrder order) {
        return OrderAccess.of(order.orderId(), order.token());
    }

    private SessionStatus status(long sessionId) {
        return sessions.view(sessionId).status();
    }

    /** The sold-out decision follows a claim or release after its commit: wait for it. */
    private void eventually(SessionStatus expected, long sessionId) throws InterruptedException {
        Waits.until("session " + sessionId + " " + expected, PATIENCE, () -> status(sessionId) == expected);
    }

    @Test
    void aSessionStaffSaveAsOnSaleSellsEverySeatAndPlaceAtOnce() throws Exception {
        CheckoutProgramme hall = hall(2, 5, 20);
        ZoneId zone = ZoneId.of("Europe/Berlin");
        SessionDraft draft = new SessionDraft();
        draft.setVenueId(hall.venueId());
        Instant start = Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.MINUTES);
        draft.setStartsAt(start.atZone(zone).toLocalDateTime());
        draft.setEndsAt(start.plus(Duration.ofHours(2)).atZone(zone).toLocalDateTime());
        draft.setStatus(SessionStatus.ON_SALE);
        long eventId = sessions.view(hall.sessionId()).eventId();

        long direct = sessions.schedule(eventId, draft).id();

        assertEquals(SessionStatus.ON_SALE, status(direct));
        assertEquals(Map.of("Stalls", 10, "Floor", 20), free(direct));
        StartedOrder order = start(direct);
        seats.claim(access(order), hall.seatIds().get(0));
        places.claim(access(order), hall.standingSectionId(), 2);
        assertEquals(Map.of("Stalls", 9, "Floor", 18), free(direct));

        // The same through a change of a scheduled session.
        SessionDraft scheduled = sessions.draft(hall.sessionId());
        scheduled.setStatus(SessionStatus.ON_SALE);
        sessions.update(hall.sessionId(), scheduled);
        assertEquals(Map.of("Stalls", 10, "Floor", 20), free(hall.sessionId()));
    }

    @Test
    void sectionsAddedOrResizedWhileOnSaleReachTheOpenSessionsAndAShrinkPastHeldPlacesIsRefused() throws Exception {
        CheckoutProgramme hall = hall(1, 4, 5);
        StartedOrder order = start(hall.sessionId()); // opens the session
        places.claim(access(order), hall.standingSectionId(), 4);

        Section balcony = venues.addStandingSection(
                hall.venueId(),
                "Balcony",
                30,
                Money.ofMinor(1500, "EUR"),
                new Placement(0, 3500, 0, Shape.RECTANGLE, 2000, 500));
        Section box = venues.addSeatedSection(
                hall.venueId(),
                "Box",
                Money.ofMinor(9000, "EUR"),
                new Placement(0, 5000, 0, Shape.RECTANGLE, 500, 500),
                org.marquee.core.venue.SeatRowPlan.builder(1, 2).build().generate());
        assertEquals(Map.of("Stalls", 4, "Floor", 1, "Balcony", 30, "Box", 2), free(hall.sessionId()));
        places.claim(access(order), balcony.id(), 2);

        venues.resizeStandingSection(hall.standingSectionId(), 8);
        assertEquals(4, free(hall.sessionId()).get("Floor"), "8 places, 4 held");

        DomainException refused =
                assertThrows(DomainException.class, () -> venues.resizeStandingSection(hall.standingSectionId(), 3));
        assertEquals("inventory.placesBeyondCapacity", refused.messageKey());
        assertEquals(4, free(hall.sessionId()).get("Floor"), "nothing changed");
        assertEquals(8, number("select capacity from section where id = ?", hall.standingSectionId()));

        places.release(access(order), hall.standingSectionId(), 4);
        venues.resizeStandingSection(hall.standingSectionId(), 3);
        assertEquals(3, free(hall.sessionId()).get("Floor"));
        assertEquals(2, free(hall.sessionId()).get("Box"));
        seats.claim(access(order), number("select min(id) from seat where section_id = ?", box.id()));
    }

    @Test
    void aSessionIsSoldOutWhileNothingIsLeftAndBackOnSaleWhenSomethingComesBack() throws Exception {
        CheckoutProgramme hall = hall(1, 1, 1);
        StartedOrder first = start(hall.sessionId());
        seats.claim(access(first), hall.seatIds().get(0));
        places.claim(access(first), hall.standingSectionId(), 1);

        eventually(SessionStatus.SOLD_OUT, hall.sessionId());
        assertEquals(SalesState.SOLD_OUT, sessions.view(hall.sessionId()).salesState());
        SalesClosed closed = assertThrows(SalesClosed.class, () -> start(hall.sessionId()));
        assertEquals(SalesState.SOLD_OUT, closed.state());

        places.release(access(first), hall.standingSectionId(), 1);
        eventually(SessionStatus.ON_SALE, hall.sessionId());

        places.claim(access(first), hall.standingSectionId(), 1);
        eventually(SessionStatus.SOLD_OUT, hall.sessionId());

        // The hold runs out; no sweeper has run yet (its rows still name the order), and yet the
        // next buyer is let in: an expired hold never blocks a buyer.
        expire(first);
        StartedOrder next = start(hall.sessionId());
        assertEquals(SessionStatus.ON_SALE, status(hall.sessionId()));
        seats.claim(access(next), hall.seatIds().get(0));
    }

    @Test
    void disablingTheLastFreeSeatSellsOutAndEnablingItBringsTheSessionBack() throws Exception {
        CheckoutProgramme hall = hall(1, 2, 1);
        StartedOrder order = start(hall.sessionId());
        seats.claim(access(order), hall.seatIds().get(0));
        places.claim(access(order), hall.standingSectionId(), 1);
        eventually(SessionStatus.ON_SALE, hall.sessionId());

        venues.flagSeat(hall.seatIds().get(1), true, false, false);
        assertEquals(SessionStatus.SOLD_OUT, status(hall.sessionId()), "decided in the layout change itself");

        venues.flagSeat(hall.seatIds().get(1), false, false, false);
        assertEquals(SessionStatus.ON_SALE, status(hall.sessionId()));
    }

    @Test
    void theLayoutPageIsToldHowManySessionsAreOnSale() throws Exception {
        CheckoutProgramme hall = hall(1, 1, 1);
        assertEquals(0, sales.openAt(hall.venueId()));
        start(hall.sessionId());
        assertEquals(1, sales.openAt(hall.venueId()));
    }

    private long number(String sql, long parameter) throws SQLException {
        try (Connection connection = db.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            try (java.sql.ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private void expire(StartedOrder order) throws SQLException {
        Instant past = Instant.now().minusSeconds(1);
        try (Connection connection = db.getConnection()) {
            for (String sql : List.of(
                    "update event_session_order set created_at = created_at - interval '1 hour', expire_if_not_completed_at = ? where id = ?",
                    "update session_seat set held_until = ? where order_id = ?",
                    "update session_place set held_until = ? where order_id = ?")) {
                try (PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setObject(1, past.atOffset(java.time.ZoneOffset.UTC));
                    statement.setLong(2, order.orderId());
                    statement.executeUpdate();
                }
            }
        }
    }
}
