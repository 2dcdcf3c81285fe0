package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.marquee.core.inventory.AvailabilityChanged;
import org.marquee.core.inventory.NotEnoughPlaces;
import org.marquee.core.inventory.NotStandingSection;
import org.marquee.core.inventory.PlacesNotHeld;
import org.marquee.core.inventory.SeatDisabled;
import org.marquee.core.inventory.SeatHold;
import org.marquee.core.inventory.SeatNotHeld;
import org.marquee.core.inventory.SeatNotInSession;
import org.marquee.core.inventory.SeatTaken;
import org.marquee.core.order.Buyer;
import org.marquee.core.order.GroupedSeatClaims;
import org.marquee.core.order.HoldRelease;
import org.marquee.core.order.NotYourOrder;
import org.marquee.core.order.OrderAccess;
import org.marquee.core.order.OrderClosed;
import org.marquee.core.order.OrderExpired;
import org.marquee.core.order.Orders;
import org.marquee.core.order.PlaceClaims;
import org.marquee.core.order.SalesClosed;
import org.marquee.core.order.SeatClaimQueue;
import org.marquee.core.order.SeatClaims;
import org.marquee.core.order.StartedOrder;
import org.marquee.core.order.TicketLimitReached;
import org.marquee.core.platform.DomainException;
import org.marquee.core.platform.NotFound;
import org.marquee.core.platform.Settings;
import org.marquee.core.venue.Venues;

/**
 * Orders and the inventory inside the server, on PostgreSQL, with real threads: buyers racing for
 * the same seats and the last standing places, every refusal changing nothing, expired holds
 * coming back without anyone asking, two sweepers at once, and the statements a claim costs.
 */
@ExtendWith(ArquillianExtension.class)
@Tag(SharedDeployment.IN_SERVER)
class InventoryIT {

    private static final int BUYERS = 40;

    @EJB
    private Venues venues;

    @EJB
    private Settings settings;

    @EJB
    private Orders orders;

    @EJB
    private SeatClaims seats;

    @jakarta.inject.Inject
    private SeatClaimQueue grouped;

    @EJB
    private PlaceClaims places;

    @EJB
    private HoldRelease holdRelease;

    @PersistenceContext
    private EntityManager em;

    @Resource(lookup = "java:jboss/datasources/MarqueeDS")
    private DataSource db;

    private Sql sql;

    private CheckoutProgramme hall;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.marqueeWithTests(
                InventoryIT.class, CheckoutProgramme.class, AvailabilityLog.class, SqlCounter.class);
    }

    /**
     * A test that stages a sale with SQL (a PAID mark without payment, tickets or email, to see
     * what a claim says about a paid order) leaves what no real sale leaves: the check skips it.
     */
    private boolean saleStagedBySql;

    /** Whatever the test raced for, the consistency check finds nothing wrong in the hall's event. */
    @AfterEach
    void consistentAfterwards() throws Exception {
        if (!saleStagedBySql) {
            sql.assertConsistent(hall.sessionId());
        }
    }

    @BeforeEach
    void aHallOnSale() throws SQLException {
        sql = new Sql(db);
        hall = CheckoutProgramme.create(db, 4, 10, 30);
    }

    private StartedOrder start() {
        return orders.start(hall.sessionId(), Buyer.guest());
    }

    private static OrderAccess access(StartedOrder order) {
        return OrderAccess.of(order.orderId(), order.token());
    }

    @Test
    void manyBuyersRaceForTheSameSeats() throws Exception {
        raceForTheSameSeats(seats::claim);
    }

    @Test
    void manyBuyersRaceForTheSameSeatsInGroups() throws Exception {
        raceForTheSameSeats(this::claimAsTheGatewayDoes);
    }

    /**
     * get-seat as the gateway answers it (GetSeatFilter, then OrdersResource): a group first,
     * then the single path, which decides what the group did not grant and says why.
     */
    private SeatHold claimAsTheGatewayDoes(OrderAccess access, long seatId) {
        return grouped.claimTogether(access, seatId).orElseGet(() -> seats.claim(access, seatId));
    }

    /** get-seat, one way or the other. */
    @FunctionalInterface
    private interface SeatClaim {
        SeatHold claim(OrderAccess access, long seatId);
    }

    private void raceForTheSameSeats(SeatClaim claims) throws Exception {
        List<Long> hot = hall.seatIds().subList(0, 12);
        Map<Long, Long> winners = new ConcurrentHashMap<>();
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger limited = new AtomicInteger();
        List<Set<Long>> heldByBuyer = race(BUYERS, buyer -> {
            StartedOrder order = start();
            Set<Long> mine = new HashSet<>();
            List<Long> wanted = new ArrayList<>(hot);
            Collections.shuffle(wanted, new Random(buyer));
            for (long seat : wanted) {
                try {
                    claims.claim(access(order), seat);
                    mine.add(seat);
                    Long previous = winners.putIfAbsent(seat, order.orderId());
                    assertEquals(null, previous, "seat " + seat + " was given to two orders");
                } catch (SeatTaken e) {
                    taken.incrementAndGet();
                } catch (TicketLimitReached e) {
                    limited.incrementAndGet();
                }
            }
            return new Holding(order.orderId(), mine);
        });

        assertEquals(hot.size(), winners.size(), "every hot seat went to someone");
        int granted = heldByBuyer.stream().mapToInt(Set::size).sum();
        assertEquals(hot.size(), granted, "one success per seat");
        assertEquals(BUYERS * hot.size(), granted + taken.get() + limited.get(), "every claim got an answer");
        for (long seat : hot) {
            assertEquals(
                    winners.get(seat),
                    sql.number(
                            "select order_id from session_seat where session_id = ? and seat_id = ?",
                            hall.sessionId(),
                            seat),
                    "the stored holder of seat " + seat + " is the buyer who was told so");
        }
        assertTicketCountsMatchHoldings();
        assertEquals(
                0,
                sql.number(
                        "select count(*) from session_seat where session_id = ? and order_id is not null"
                                + " and seat_id not in (" + join(hot) + ")",
                        hall.sessionId()));
    }

    @Test
    void oneBuyerClickingManySeatsAtOnceStopsAtTheOrdersLimit() throws Exception {
        StartedOrder order = start();
        int max = settings.current().maxTicketsPerOrder();
        List<Long> wanted = hall.seatIds().subList(0, max + 12);
        AtomicInteger limited = new AtomicInteger();
        List<Set<Long>> held = race(wanted.size(), click -> {
            long seat = wanted.get(click);
            try {
                claimAsTheGatewayDoes(access(order), seat);
                return new Holding(order.orderId(), Set.of(seat));
            } catch (TicketLimitReached e) {
                limited.incrementAndGet();
                return new Holding(order.orderId(), Set.of());
            }
        });

        long granted = held.stream().filter(s -> !s.isEmpty()).count();
        assertEquals(max, granted, "as many seats as the order may have");
        assertEquals(wanted.size() - max, limited.get(), "the other clicks are told the limit");
        assertEquals(
                max,
                sql.number(
                        "select count(*) from session_seat where session_id = ? and order_id = ?",
                        hall.sessionId(),
                        order.orderId()));
        assertTicketCountsMatchHoldings();
    }

    @Test
    void manyBuyersRaceForTheLastStandingPlaces() throws Exception {
        // Five places already sold: held + sold must stay within the 30 of the floor.
        StartedOrder paid = start();
        places.claim(access(paid), hall.standingSectionId(), 5);
        sql.update(
                "update session_place set held_until = '9999-12-31 00:00:00+00' where session_id = ? and order_id = ?",
                hall.sessionId(),
                paid.orderId());
        saleStagedBySql = true;
        sql.update(
                "update event_session_order set status = 'PAID', total_minor = 0, currency = 'EUR' where id = ?",
                paid.orderId());
        AtomicInteger refused = new AtomicInteger();
        List<Set<Long>> held = race(BUYERS, buyer -> {
            StartedOrder order = start();
            int wanted = 1 + buyer % 3;
            try {
                places.claim(access(order), hall.standingSectionId(), wanted);
                return new Holding(order.orderId(), Set.of((long) wanted));
            } catch (NotEnoughPlaces e) {
                refused.incrementAndGet();
                return new Holding(order.orderId(), Set.of());
            }
        });

        int granted =
                held.stream().flatMap(Set::stream).mapToInt(Long::intValue).sum();
        assertEquals(BUYERS, held.stream().filter(s -> !s.isEmpty()).count() + refused.get(), "every buyer answered");
        assertTrue(granted <= 25, granted + " places held beside 5 sold on a floor of 30");
        // Claims that lock the last places together may all fall short and roll back; never many.
        assertTrue(granted >= 20, "the floor sells out but for a few places: " + granted);
        assertEquals(
                granted,
                sql.number(
                        "select count(*) from session_place where session_id = ? and order_id is not null"
                                + " and held_until < '9999-01-01'",
                        hall.sessionId()));
        assertEquals(30, sql.number("select count(*) from session_place where session_id = ?", hall.sessionId()));
        assertTicketCountsMatchHoldings();
    }

    /** Threads start their buyers together; each returns what it holds. Any unexpected failure fails the test. */
    private List<Set<Long>> race(int buyers, Races.Buyer<Holding> buyer) throws Exception {
        return Races.run(buyers, 16, Duration.ofSeconds(120), buyer).stream()
                .map(Holding::held)
                .toList();
    }

    private record Holding(long orderId, Set<Long> held) {}

    private void assertTicketCountsMatchHoldings() throws SQLException {
        assertEquals(
                0,
                sql.number(
                        "select count(*) from event_session_order o where o.session_id = ? and o.status = 'PENDING'"
                                + " and o.tickets <> (select count(*) from session_seat s where s.session_id = o.session_id and s.order_id = o.id)"
                                + " + (select count(*) from session_place p where p.session_id = o.session_id and p.order_id = o.id)",
                        hall.sessionId()),
                "each order's ticket count is what it holds");
    }

    @Test
    void everyRefusalSaysWhyAndChangesNothing() throws Exception {
        everyRefusalSaysWhy(seats::claim);
    }

    @Test
    void everyRefusalOfAGroupedClaimSaysWhyAndChangesNothing() throws Exception {
        everyRefusalSaysWhy(this::claimAsTheGatewayDoes);
    }

    private void everyRefusalSaysWhy(SeatClaim claims) throws Exception {
        StartedOrder mine = start();
        StartedOrder theirs = start();
        long seat = hall.seatIds().get(0);
        seats.claim(access(theirs), seat);
        int max = settings.current().maxTicketsPerOrder();
        for (int filled = 0; filled < 30; filled += max) {
            places.claim(access(start()), hall.standingSectionId(), Math.min(max, 30 - filled));
        }
        CheckoutProgramme elsewhere = CheckoutProgramme.create(db, 1, 2, 5);
        orders.start(elsewhere.sessionId(), Buyer.guest());
        long disabled = hall.seatIds().get(1);
        Callers.asAdmin(() -> venues.flagSeat(disabled, true, false, false));
        String before = snapshot();

        assertRefused(SeatTaken.class, () -> claims.claim(access(mine), seat));
        assertRefused(
                SeatNotInSession.class,
                () -> claims.claim(access(mine), elsewhere.seatIds().get(0)));
        assertRefused(SeatDisabled.class, () -> claims.claim(access(mine), disabled));
        assertRefused(NotFound.class, () -> claims.claim(access(mine), -5));
        assertRefused(NotYourOrder.class, () -> claims.claim(OrderAccess.of(mine.orderId(), theirs.token()), 99));
        assertRefused(NotYourOrder.class, () -> claims.claim(OrderAccess.of(mine.orderId(), null), 99));
        assertRefused(NotFound.class, () -> claims.claim(OrderAccess.of(-1, mine.token()), seat));
        assertRefused(SeatNotHeld.class, () -> seats.release(access(mine), seat));
        assertRefused(NotStandingSection.class, () -> places.claim(access(mine), hall.seatedSectionId(), 1));
        assertRefused(NotEnoughPlaces.class, () -> places.claim(access(mine), hall.standingSectionId(), 1));
        assertRefused(PlacesNotHeld.class, () -> places.release(access(mine), hall.standingSectionId(), 1));
        assertEquals(before, snapshot(), "the refusals changed nothing");

        for (int i = 0; i < max; i++) {
            claims.claim(access(mine), hall.seatIds().get(2 + i));
        }
        before = snapshot();
        assertRefused(
                TicketLimitReached.class,
                () -> claims.claim(access(mine), hall.seatIds().get(2 + max)));
        assertRefused(TicketLimitReached.class, () -> places.claim(access(mine), hall.standingSectionId(), 1));
        assertEquals(before, snapshot(), "the limit changed nothing");

        expire(mine);
        before = snapshot();
        assertRefused(
                OrderExpired.class,
                () -> claims.claim(access(mine), hall.seatIds().get(2 + max)));
        assertRefused(
                OrderExpired.class,
                () -> seats.release(access(mine), hall.seatIds().get(2)));
        assertEquals(before, snapshot(), "an expired order changed nothing");

        saleStagedBySql = true;
        sql.update(
                "update event_session_order set status = 'PAID', total_minor = 0, currency = 'EUR' where id = ?",
                theirs.orderId());
        before = snapshot();
        assertRefused(
                OrderClosed.class,
                () -> claims.claim(access(theirs), hall.seatIds().get(2 + max)));
        assertRefused(OrderClosed.class, () -> seats.release(access(theirs), seat));
        assertEquals(before, snapshot(), "a paid order changed nothing");
    }

    private static void assertRefused(Class<? extends DomainException> expected, Runnable claim) {
        DomainException refusal = assertThrows(DomainException.class, claim::run);
        assertEquals(expected, refusal.getClass(), refusal.messageKey());
    }

    @Test
    void aSecondClickOnAHeldSeatChangesNothingAndADroppedSeatIsFreeForOthers() throws Exception {
        StartedOrder mine = start();
        StartedOrder theirs = start();
        long seat = hall.seatIds().get(5);
        seats.claim(access(mine), seat);

        seats.claim(access(mine), seat);
        assertEquals(1, orders.view(access(mine)).holdings().tickets(), "a second click counts once");
        assertEquals(1, sql.number("select tickets from event_session_order where id = ?", mine.orderId()));

        seats.release(access(mine), seat);
        seats.claim(access(theirs), seat);
        assertEquals(List.of(seat), orders.view(access(theirs)).holdings().seatIds());
        assertEquals(0, sql.number("select tickets from event_session_order where id = ?", mine.orderId()));
    }

    @Test
    void theFirstOrderOpensTheSessionAndOrdersRespectTheSalesWindow() throws Exception {
        assertEquals("SCHEDULED", sql.text("select status from event_session where id = ?", hall.sessionId()));
        StartedOrder order = start();
        assertEquals("ON_SALE", sql.text("select status from event_session where id = ?", hall.sessionId()));
        assertEquals(40, sql.number("select count(*) from session_seat where session_id = ?", hall.sessionId()));
        assertEquals(30, sql.number("select count(*) from session_place where session_id = ?", hall.sessionId()));
        assertEquals(7, order.pnr().length());
        long holdMinutes = settings.current().holdMinutes();
        Duration hold = Duration.between(Instant.now(), order.expireIfNotCompletedAt());
        assertTrue(hold.toMinutes() >= holdMinutes - 1 && hold.toMinutes() <= holdMinutes, hold.toString());

        sql.update("update event_session set sales_start = now() + interval '1 day' where id = ?", hall.sessionId());
        assertRefused(SalesClosed.class, this::start);
        sql.update(
                "update event_session set sales_start = now() - interval '2 day', sales_end = now() - interval '1 day'"
                        + " where id = ?",
                hall.sessionId());
        assertRefused(SalesClosed.class, this::start);
        sql.update(
                "update event_session set sales_end = starts_at, status = 'CANCELLED' where id = ?", hall.sessionId());
        SalesClosed cancelled = assertThrows(SalesClosed.class, this::start);
        assertEquals("order.salesClosed.CANCELLED", cancelled.messageKey());
        assertRefused(NotFound.class, () -> orders.start(-7, Buyer.guest()));
        assertEquals(1, sql.number("select count(*) from event_session_order where session_id = ?", hall.sessionId()));
    }

    @Test
    void anExpiredHoldIsFreeForTheNextBuyerBeforeAnySweep() throws Exception {
        long seat = hall.seatIds().get(7);
        int max = settings.current().maxTicketsPerOrder();
        List<StartedOrder> slow = new ArrayList<>();
        for (int filled = 0; filled < 30; filled += max) {
            StartedOrder order = start();
            places.claim(access(order), hall.standingSectionId(), Math.min(max, 30 - filled));
            slow.add(order);
        }
        StartedOrder seatHolder = start();
        seats.claim(access(seatHolder), seat);
        slow.add(seatHolder);
        StartedOrder next = start();
        assertThrows(NotEnoughPlaces.class, () -> places.claim(access(next), hall.standingSectionId(), 1));

        for (StartedOrder order : slow) {
            expire(order);
        }

        seats.claim(access(next), seat);
        places.claim(access(next), hall.standingSectionId(), 2);
        assertEquals(
                next.orderId(),
                sql.number(
                        "select order_id from session_seat where session_id = ? and seat_id = ?",
                        hall.sessionId(),
                        seat));
    }

    @Test
    void anExpiredHoldComesBackWithoutAnyRequest() throws Exception {
        StartedOrder order = start();
        long seat = hall.seatIds().get(9);
        seats.claim(access(order), seat);
        places.claim(access(order), hall.standingSectionId(), 3);

        expire(order);

        // The sweeper runs every 5 seconds on its own; nobody asks for anything meanwhile.
        Waits.until("the sweeper cancelling order " + order.orderId(), Duration.ofSeconds(30), () -> "CANCELLED"
                .equals(sql.text("select status from event_session_order where id = ?", order.orderId())));
        assertEquals("CANCELLED", sql.text("select status from event_session_order where id = ?", order.orderId()));
        assertEquals(
                0,
                sql.number(
                        "select count(*) from session_seat where session_id = ? and order_id = ?",
                        hall.sessionId(),
                        order.orderId()));
        assertEquals(
                0,
                sql.number(
                        "select count(*) from session_place where session_id = ? and order_id = ?",
                        hall.sessionId(),
                        order.orderId()));
        assertEquals(
                30,
                sql.number(
                        "select count(*) from session_place where session_id = ? and held_until < now()",
                        hall.sessionId()));
        List<AvailabilityChanged> changes = AvailabilityLog.of(hall.sessionId());
        assertTrue(
                changes.stream()
                        .anyMatch(c ->
                                c.seatIds().contains(seat) && c.sectionIds().contains(hall.standingSectionId())),
                "the sweeper announced the seat and the section it freed: " + changes);
    }

    @Test
    void twoSweepersAtOnceReleaseEachExpiredOrderOnce() throws Exception {
        int count = 120;
        List<Long> expired = new ArrayList<>();
        // All started first: once everything is held the session is sold out and starts no order.
        List<StartedOrder> started = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            started.add(start());
        }
        for (int i = 0; i < count; i++) {
            StartedOrder order = started.get(i);
            if (i < hall.seatIds().size()) {
                seats.claim(access(order), hall.seatIds().get(i));
            } else if (i < hall.seatIds().size() + 30) {
                places.claim(access(order), hall.standingSectionId(), 1);
            }
            expired.add(order.orderId());
        }
        sql.update(
                "update session_seat set held_until = now() - interval '1 second' where session_id = ?"
                        + " and order_id is not null",
                hall.sessionId());
        sql.update(
                "update session_place set held_until = now() - interval '1 second' where session_id = ?"
                        + " and order_id is not null",
                hall.sessionId());
        sql.update(
                "update event_session_order set created_at = now() - interval '1 hour',"
                        + " expire_if_not_completed_at = now() - interval '1 second' where session_id = ?",
                hall.sessionId());

        Map<Long, Integer> released = new ConcurrentHashMap<>();
        ExecutorService sweepers = Executors.newFixedThreadPool(3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int s = 0; s < 3; s++) {
            runs.add(sweepers.submit(() -> {
                go.await();
                // An empty batch may only mean that the others (or the timer) hold the rest locked.
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (pendingExpired() > 0 && System.nanoTime() < deadline) {
                    holdRelease.releaseExpired(7).forEach(o -> released.merge(o.orderId(), 1, Integer::sum));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> run : runs) {
            run.get(120, TimeUnit.SECONDS);
        }
        sweepers.shutdown();

        assertTrue(released.values().stream().allMatch(times -> times == 1), "an order released twice: " + released);
        assertEquals(
                count,
                sql.number(
                        "select count(*) from event_session_order where session_id = ? and status = 'CANCELLED'"
                                + " and tickets = 0",
                        hall.sessionId()),
                "every expired order cancelled (by these sweepers or the timer's)");
        assertEquals(
                0,
                sql.number(
                        "select count(*) from session_seat where session_id = ? and order_id is not null",
                        hall.sessionId()));
        assertEquals(
                0,
                sql.number(
                        "select count(*) from session_place where session_id = ? and order_id is not null",
                        hall.sessionId()));
    }

    @Test
    void aClaimCostsTwoStatementsAndARefusalThree() throws Exception {
        StartedOrder order = start();
        StartedOrder rival = start();
        seats.claim(access(rival), hall.seatIds().get(0));
        int claim = Integer.MAX_VALUE;
        int places = Integer.MAX_VALUE;
        int refusal = Integer.MAX_VALUE;
        // Fewest of three: the sweeper's timer may add a statement of its own while one is counted.
        for (int i = 0; i < 3; i++) {
            long seat = hall.seatIds().get(1 + i);
            claim = Math.min(claim, SqlCounter.count(em, () -> seats.claim(access(order), seat)));
            places = Math.min(
                    places, SqlCounter.count(em, () -> this.places.claim(access(order), hall.standingSectionId(), 1)));
            refusal = Math.min(refusal, SqlCounter.count(em, () -> {
                try {
                    return seats.claim(access(order), hall.seatIds().get(0));
                } catch (SeatTaken expected) {
                    return null;
                }
            }));
        }
        assertEquals(2, claim, "count the ticket in (and read the order's session), take the seat");
        assertEquals(2, places, "count the tickets in, take the places");
        assertEquals(3, refusal, "and one query to say why");
    }

    @Test
    void aGroupOfClaimsFindsOrdersByTheirKeyAmongManyWithoutStatistics() throws Exception {
        // 20,000 more orders, never analysed (autovacuum is off on the test machine): the
        // condition under which a join was once planned as a read of every order. The plan is
        // read in the transaction that added them, which then rolls back.
        String sql = GroupedSeatClaims.CLAIM_GROUP;
        for (String value : List.of("'{1,2}'", "'{a,b}'", "'{5,6}'", "'{1,2}'", "now()", "now()", "'{1,2}'")) {
            sql = sql.replaceFirst("\\?", value);
        }
        StringBuilder plan = new StringBuilder();
        try (Connection connection = db.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement many = connection.prepareStatement("insert into event_session_order"
                    + " (id, pnr, session_id, token_hash, status, max_tickets, created_at, expire_if_not_completed_at)"
                    + " select -g, 'Z' || lpad(g::text, 6, '0'), ?, repeat('0', 64), 'CANCELLED', 1,"
                    + " now() - interval '1 hour', now() from generate_series(1, 20000) g")) {
                many.setLong(1, hall.sessionId());
                many.executeUpdate();
            }
            try (PreparedStatement explain = connection.prepareStatement("explain " + sql);
                    ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.append(rows.getString(1)).append('\n');
                }
            } finally {
                connection.rollback();
            }
        }
        assertFalse(plan.toString().contains("Seq Scan on event_session_order"), plan.toString());
        assertFalse(plan.toString().contains("Seq Scan on session_seat"), plan.toString());
        assertTrue(plan.toString().contains("event_session_order_pkey"), plan.toString());
    }

    private long pendingExpired() throws SQLException {
        return sql.number(
                "select count(*) from event_session_order where session_id = ? and status = 'PENDING'"
                        + " and expire_if_not_completed_at < now()",
                hall.sessionId());
    }

    private void expire(StartedOrder order) throws SQLException {
        sql.update(
                "update event_session_order set created_at = created_at - interval '1 hour',"
                        + " expire_if_not_completed_at = now() - interval '1 second' where id = ?",
                order.orderId());
        sql.update(
                "update session_seat set held_until = now() - interval '1 second' where session_id = ? and order_id = ?",
                hall.sessionId(),
                order.orderId());
        sql.update(
                "update session_place set held_until = now() - interval '1 second' where session_id = ? and order_id = ?",
                hall.sessionId(),
                order.orderId());
    }

    /** The session's inventory rows and its orders, as text: equal snapshots mean nothing changed. */
    private String snapshot() throws SQLException {
        return sql.rows(
                        "select seat_id, order_id, held_until from session_seat where session_id = ? order by seat_id",
                        hall.sessionId())
                + sql.rows(
                        "select place_no, order_id, held_until from session_place where session_id = ? order by place_no",
                        hall.sessionId())
                + sql.rows(
                        "select id, status, tickets, expire_if_not_completed_at, version from event_session_order"
                                + " where session_id = ? order by id",
                        hall.sessionId());
    }

    private static String join(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }
}
