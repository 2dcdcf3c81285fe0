package org.marquee.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marquee.core.testing.EmbeddedDatabase.DISABLED_SEAT;
import static org.marquee.core.testing.EmbeddedDatabase.FIRST_SEAT;
import static org.marquee.core.testing.EmbeddedDatabase.FLOOR;
import static org.marquee.core.testing.EmbeddedDatabase.FLOOR_CAPACITY;
import static org.marquee.core.testing.EmbeddedDatabase.OTHER_SESSION;
import static org.marquee.core.testing.EmbeddedDatabase.OTHER_VENUES_SEAT;
import static org.marquee.core.testing.EmbeddedDatabase.SESSION;
import static org.marquee.core.testing.EmbeddedDatabase.STALLS;
import static org.marquee.core.testing.EmbeddedDatabase.at;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.marquee.core.testing.EmbeddedDatabase;

/**
 * The inventory's statements on the demo's embedded database, in the order the services run
 * them (the system tests run them on PostgreSQL, under concurrency).
 */
class InventorySqlOnH2Test {

    private static final long ORDER = 1;
    private static final long RIVAL = 2;

    private EmbeddedDatabase db;
    private final Instant now = Instant.now();
    private final Instant until = now.plusSeconds(900);

    @BeforeEach
    void openTheSession() throws SQLException {
        db = EmbeddedDatabase.withProgramme();
        db.order(ORDER, SESSION, "a".repeat(64), until, 10);
        db.order(RIVAL, SESSION, "b".repeat(64), until, 10);
        String one = "?";
        db.execute(String.format(InventoryOpening.SEATS, one), Holds.FREE, SESSION);
        long largest = db.number(String.format(InventoryOpening.LARGEST, one), SESSION);
        db.execute(String.format(InventoryOpening.PLACES, one), largest, Holds.FREE, SESSION);
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void openingMakesARowPerSeatAndPerPlaceOfTheVenueOnly() throws SQLException {
        assertEquals(6, db.number("select count(*) from session_seat where session_id = ?", SESSION));
        assertEquals(FLOOR_CAPACITY, db.number("select count(*) from session_place where session_id = ?", SESSION));
        assertEquals(FLOOR_CAPACITY, db.number("select max(place_no) from session_place"));
        assertEquals(0, db.number("select count(*) from session_seat where seat_id = ?", OTHER_VENUES_SEAT));
    }

    private int holdSeat(long order, long seat, Instant at) throws SQLException {
        return db.execute(SeatHolds.HOLD, order, at(until), SESSION, seat, at(at));
    }

    @Test
    void aSeatIsTakenOnceAndAnExpiredHoldIsFreeAgain() throws SQLException {
        assertEquals(1, holdSeat(ORDER, FIRST_SEAT, now));
        assertEquals(0, holdSeat(RIVAL, FIRST_SEAT, now), "taken");
        assertEquals(1, holdSeat(RIVAL, FIRST_SEAT, until.plusSeconds(1)), "after the first hold expired");
        assertEquals(RIVAL, db.number("select order_id from session_seat where seat_id = ?", FIRST_SEAT));
    }

    @Test
    void disabledSeatsAndSeatsOfOtherSessionsAreNeverTaken() throws SQLException {
        assertEquals(0, holdSeat(ORDER, DISABLED_SEAT, now));
        assertEquals(0, holdSeat(ORDER, OTHER_VENUES_SEAT, now));
        assertEquals(0, db.number("select count(*) from session_seat where order_id is not null"));

        try (PreparedStatement why = db.prepare(SeatHolds.WHY, SESSION, DISABLED_SEAT);
                ResultSet row = why.executeQuery()) {
            assertTrue(row.next());
            assertTrue(row.getBoolean(2), "disabled");
        }
        try (PreparedStatement why = db.prepare(SeatHolds.WHY, SESSION, OTHER_VENUES_SEAT);
                ResultSet row = why.executeQuery()) {
            assertTrue(row.next());
            assertEquals(null, row.getObject(4), "no row of this session");
        }
    }

    @Test
    void onlyTheHolderReleasesASeat() throws SQLException {
        holdSeat(ORDER, FIRST_SEAT, now);

        assertEquals(0, db.execute(SeatHolds.RELEASE, Holds.FREE, SESSION, FIRST_SEAT, RIVAL, Holds.SOLD));
        assertEquals(1, db.execute(SeatHolds.RELEASE, Holds.FREE, SESSION, FIRST_SEAT, ORDER, Holds.SOLD));
        assertEquals(1, holdSeat(RIVAL, FIRST_SEAT, now));
    }

    private int holdPlaces(long order, int n) throws SQLException {
        return db.execute(PlaceHolds.HOLD, order, at(until), SESSION, FLOOR, at(now), SESSION, FLOOR, at(now), n);
    }

    @Test
    void placesAreTakenExactlyAsAskedWhileThereAreEnough() throws SQLException {
        assertEquals(3, holdPlaces(ORDER, 3));
        assertEquals(1, holdPlaces(RIVAL, 2), "one left: the service rolls this claim back");
        assertEquals(0, holdPlaces(RIVAL, 1));
        assertEquals(0, db.number("select count(*) from session_place where held_until < ?", at(now)));

        assertEquals(
                2,
                db.execute(
                        PlaceHolds.RELEASE, Holds.FREE, SESSION, FLOOR, ORDER, SESSION, FLOOR, ORDER, Holds.SOLD, 2));
        assertEquals(1, db.number("select count(*) from session_place where order_id = ?", ORDER));
        assertEquals(FLOOR_CAPACITY, db.number(PlaceHolds.PLACES_OF_SECTION, SESSION, FLOOR));
        assertEquals(0, db.number(PlaceHolds.PLACES_OF_SECTION, SESSION, STALLS), "a seated section has no places");
    }

    @Test
    void availabilityCountsPerSectionAndShowsEachSeat() throws SQLException {
        holdSeat(ORDER, FIRST_SEAT, now);
        holdPlaces(ORDER, 1);
        db.execute("update session_seat set held_until = ? where seat_id = ?", Holds.SOLD, FIRST_SEAT + 1);

        List<String> sections = new ArrayList<>();
        try (PreparedStatement statement =
                        db.prepare(Availability.SECTIONS, at(now), Holds.SOLD, SESSION, SESSION, SESSION);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                sections.add(rows.getLong(1) + " rows " + rows.getLong(4) + " disabled " + rows.getLong(5) + " free "
                        + rows.getLong(6) + " sold " + rows.getLong(7));
            }
        }
        assertEquals(
                List.of(STALLS + " rows 6 disabled 1 free 3 sold 1", FLOOR + " rows 4 disabled 0 free 3 sold 0"),
                sections);

        List<SeatState> states = new ArrayList<>();
        try (PreparedStatement statement = db.prepare(Availability.SEATS, SESSION);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                states.add(Holds.state(
                        rows.getObject(5, java.time.OffsetDateTime.class).toInstant(), rows.getBoolean(6), now));
            }
        }
        assertEquals(
                List.of(
                        SeatState.HELD,
                        SeatState.SOLD,
                        SeatState.FREE,
                        SeatState.FREE,
                        SeatState.FREE,
                        SeatState.DISABLED),
                states);
    }

    @Test
    void theOtherSessionIsUntouched() throws SQLException {
        holdSeat(ORDER, FIRST_SEAT, now);
        holdPlaces(ORDER, 2);

        assertEquals(0, db.number("select count(*) from session_seat where session_id = ?", OTHER_SESSION));
    }
}
