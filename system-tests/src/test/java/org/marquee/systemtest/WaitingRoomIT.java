package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.identity.Role;
import org.marquee.core.order.Buyer;
import org.marquee.core.order.Orders;
import org.marquee.core.order.QueuePass;
import org.marquee.core.team.NotInScope;
import org.marquee.core.waitingroom.QueueStatus;
import org.marquee.core.waitingroom.QueueStatus.State;
import org.marquee.core.waitingroom.RoomSettings;
import org.marquee.core.waitingroom.WaitingRoomRequired;
import org.marquee.core.waitingroom.WaitingRooms;

/**
 * A session's waiting room inside the server, on PostgreSQL, with real threads: places given
 * once each to a crowd arriving together, the draw of those who came before the on-sale, the rate
 * of admission, and the checkout refusing an order without the admission its room gave.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class WaitingRoomIT {

    @EJB
    private WaitingRooms rooms;

    @EJB
    private Orders orders;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource db;

    private Sql sql;
    private CheckoutProgramme hall;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithTests(WaitingRoomIT.class, CheckoutProgramme.class);
    }

    @BeforeEach
    void aHallOnSale() throws SQLException {
        sql = new Sql(db);
        hall = CheckoutProgramme.create(db, 2, 5, 10);
    }

    private void roomOn(int perMinute) {
        Callers.asAdmin(() -> {
            rooms.configure(hall.sessionId(), new RoomSettings(true, perMinute, 10));
            return null;
        });
    }

    private void salesStart(Instant at) throws SQLException {
        sql.update("update event_session set sales_start = ? where id = ?", Timestamp.from(at), hall.sessionId());
    }

    @Test
    void aCrowdArrivingTogetherGetsOnePlaceEachInOrder() throws Exception {
        roomOn(60);
        List<String> tickets = Races.run(120, 16, Duration.ofMinutes(2), n -> rooms.join(hall.sessionId(), null));
        List<Long> places = new ArrayList<>();
        for (String ticket : tickets) {
            QueueStatus status = rooms.status(hall.sessionId(), ticket);
            places.add(status.position());
        }
        assertEquals(
                LongStream.rangeClosed(1, 120).boxed().toList(),
                places.stream().sorted().toList(),
                "places 1 to 120, each once");
        // A ticket brought back keeps its place.
        assertEquals(tickets.get(7), rooms.join(hall.sessionId(), tickets.get(7)));
        assertEquals(120, sql.number("select last_position from waiting_room where session_id = ?", hall.sessionId()));
    }

    @Test
    void thoseWhoCameBeforeTheOnSaleAreDrawnAtRandomAndLaterOnesQueueBehindThem() throws Exception {
        roomOn(60);
        salesStart(Instant.now().plus(Duration.ofHours(1)));
        List<String> early = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            early.add(rooms.join(hall.sessionId(), null));
        }
        QueueStatus before = rooms.status(hall.sessionId(), early.get(0));
        assertEquals(State.BEFORE_SALE, before.state());
        assertTrue(before.waitSeconds() > 3000, "the wait is the time to the on-sale");
        assertThrows(WaitingRoomRequired.class, () -> orders.start(hall.sessionId(), Buyer.guest()));

        salesStart(Instant.now().minusMillis(200));
        List<Long> places = new ArrayList<>();
        for (String ticket : early) {
            places.add(rooms.status(hall.sessionId(), ticket).position());
        }
        assertEquals(
                LongStream.rangeClosed(1, 40).boxed().toList(),
                places.stream().sorted().toList());
        assertNotEquals(LongStream.rangeClosed(1, 40).boxed().toList(), places, "the places are drawn, not by arrival");

        String late = rooms.join(hall.sessionId(), null);
        assertEquals(
                41, rooms.status(hall.sessionId(), late).position(), "after the on-sale: first come, first served");
    }

    @Test
    void theRoomAdmitsAtItsRateAndTheCheckoutTakesOnlyItsAdmission() throws Exception {
        roomOn(60);
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            tickets.add(rooms.join(hall.sessionId(), null));
        }
        // The room opened ten seconds ago at one a second: about ten are through.
        sql.update(
                "update waiting_room set advanced_at = ?, admitted_through = 0 where session_id = ?",
                Timestamp.from(Instant.now().minusSeconds(10)),
                hall.sessionId());
        QueueStatus first = rooms.status(hall.sessionId(), tickets.get(0));
        QueueStatus last = rooms.status(hall.sessionId(), tickets.get(29));
        assertEquals(State.ADMITTED, first.state());
        assertNotNull(first.admission());
        assertEquals(State.WAITING, last.state());
        long through = (long) Math.floor(Double.parseDouble(
                sql.text("select admitted_through from waiting_room where session_id = ?", hall.sessionId())));
        assertTrue(through >= 10 && through <= 13, "admitted through " + through);
        assertEquals(30 - through - 1, last.ahead());
        assertTrue(last.waitSeconds() >= last.ahead(), "at one a second, at least a second for each ahead");

        // The checkout: only with the admission, for this ticket and this session.
        long before = sql.number("select count(*) from event_session_order where session_id = ?", hall.sessionId());
        assertThrows(WaitingRoomRequired.class, () -> orders.start(hall.sessionId(), Buyer.guest()));
        assertThrows(
                WaitingRoomRequired.class,
                () -> orders.start(hall.sessionId(), Buyer.guest(), new QueuePass(tickets.get(1), first.admission())));
        assertThrows(
                WaitingRoomRequired.class,
                () -> orders.start(
                        hall.sessionId(),
                        Buyer.guest(),
                        new QueuePass(tickets.get(0), first.admission().replaceFirst("^\\d+", "1"))));
        assertEquals(
                before,
                sql.number("select count(*) from event_session_order where session_id = ?", hall.sessionId()),
                "a refused start starts nothing");
        assertTrue(orders.start(hall.sessionId(), Buyer.guest(), new QueuePass(tickets.get(0), first.admission()))
                        .orderId()
                > 0);

        // Off: everyone goes straight to the checkout again.
        Callers.asAdmin(() -> {
            rooms.configure(hall.sessionId(), new RoomSettings(false, 60, 10));
            return null;
        });
        assertTrue(orders.start(hall.sessionId(), Buyer.guest()).orderId() > 0);
        assertEquals(
                State.NOT_IN_ROOM,
                rooms.status(hall.sessionId(), tickets.get(29)).state());
    }

    @Test
    void anAdmissionThatRanOutSendsItsVisitorToTheBack() throws Exception {
        roomOn(600);
        String ticket = rooms.join(hall.sessionId(), null);
        sql.update(
                "update waiting_room set advanced_at = ? where session_id = ?",
                Timestamp.from(Instant.now().minusSeconds(5)),
                hall.sessionId());
        QueueStatus admitted = rooms.status(hall.sessionId(), ticket);
        assertEquals(State.ADMITTED, admitted.state());
        sql.update(
                "update waiting_room_entry set admitted_at = ? where session_id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(11))),
                hall.sessionId());
        assertEquals(State.NOT_IN_ROOM, rooms.status(hall.sessionId(), ticket).state());
        String again = rooms.join(hall.sessionId(), ticket);
        assertNotEquals(ticket, again, "a new ticket, at the back");
        assertEquals(2, rooms.status(hall.sessionId(), again).position());
    }

    @Test
    void onlyAdminsAndTheVenuesOwnersSwitchARoomAndOnlyItsStaffSeeIt() throws Exception {
        assertThrows(
                NotInScope.class,
                () -> Callers.as("someone@marquee.test", Role.BUYER, () -> {
                    rooms.configure(hall.sessionId(), new RoomSettings(true, 60, 10));
                    return null;
                }));
        assertFalse(Callers.as("someone@marquee.test", Role.VENUE, () -> rooms.canConfigure(hall.sessionId())));
        assertTrue(Callers.asAdmin(() -> rooms.canConfigure(hall.sessionId())));
        // Its figures are for the session's staff only.
        assertThrows(
                NotInScope.class,
                () -> Callers.as("someone@marquee.test", Role.VENUE, () -> rooms.figures(hall.sessionId())));
        assertTrue(Callers.asAdmin(() -> rooms.figures(hall.sessionId())).isEmpty());
        assertEquals(0, sql.number("select count(*) from waiting_room where session_id = ?", hall.sessionId()));
        assertThrows(IllegalArgumentException.class, () -> new RoomSettings(true, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> new RoomSettings(true, 10, 121));
    }
}
