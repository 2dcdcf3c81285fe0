package org.marquee.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marquee.core.testing.EmbeddedDatabase.DISABLED_SEAT;
import static org.marquee.core.testing.EmbeddedDatabase.FIRST_SEAT;
import static org.marquee.core.testing.EmbeddedDatabase.FLOOR;
import static org.marquee.core.testing.EmbeddedDatabase.FLOOR_CAPACITY;
import static org.marquee.core.testing.EmbeddedDatabase.OTHER_SESSION;
import static org.marquee.core.testing.EmbeddedDatabase.SESSION;
import static org.marquee.core.testing.EmbeddedDatabase.VENUE;
import static org.marquee.core.testing.EmbeddedDatabase.at;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.marquee.core.testing.EmbeddedDatabase;

/**
 * How the inventory of an open session follows its venue's layout, and when a session is sold
 * out, on the demo's embedded database (InventoryLifecycleIT runs the services on PostgreSQL).
 */
class OpenInventorySqlOnH2Test {

    private static final long NEW_STALLS = 30;
    private static final long NEW_FLOOR = 31;
    private static final long ORDER = 1;

    private EmbeddedDatabase db;
    private final Instant now = Instant.now();
    private final Instant until = now.plusSeconds(900);

    private void open(String seats, String places) throws SQLException {
        db.execute(String.format(seats, "?"), Holds.FREE, SESSION);
        long largest = db.number(String.format(InventoryOpening.LARGEST, "?"), SESSION);
        db.execute(String.format(places, "?"), largest, Holds.FREE, SESSION);
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void anOpenSessionGetsTheSeatsAndPlacesAddedToItsVenueAndOnlyThose() throws SQLException {
        db = EmbeddedDatabase.withProgramme();
        open(InventoryOpening.SEATS, InventoryOpening.PLACES);
        db.section(NEW_STALLS, VENUE, "SEATED", 2);
        db.seat(300, NEW_STALLS, 1, false);
        db.seat(301, NEW_STALLS, 2, false);
        db.section(NEW_FLOOR, VENUE, "STANDING", 3);
        db.execute("update section set capacity = 6 where id = ?", FLOOR);

        open(InventoryOpening.MISSING_SEATS, InventoryOpening.MISSING_PLACES);

        assertEquals(8, db.number("select count(*) from session_seat where session_id = ?", SESSION));
        assertEquals(2, db.number("select count(*) from session_seat where section_id = ?", NEW_STALLS));
        assertEquals(3, db.number("select count(*) from session_place where section_id = ?", NEW_FLOOR));
        assertEquals(6, db.number("select count(*) from session_place where section_id = ?", FLOOR));
        assertEquals(6, db.number("select max(place_no) from session_place where section_id = ?", FLOOR));
        assertEquals(0, db.number("select count(*) from session_seat where session_id = ?", OTHER_SESSION));

        open(InventoryOpening.MISSING_SEATS, InventoryOpening.MISSING_PLACES);
        assertEquals(8, db.number("select count(*) from session_seat where session_id = ?", SESSION), "nothing twice");
        assertEquals(9, db.number("select count(*) from session_place where session_id = ?", SESSION));
    }

    @Test
    void aShrunkSectionLosesItsFreePlacesPastTheCapacityAndShowsTheHeldOnes() throws SQLException {
        db = EmbeddedDatabase.withProgramme();
        open(InventoryOpening.SEATS, InventoryOpening.PLACES);
        db.order(ORDER, SESSION, "a".repeat(64), until, 10);
        db.execute(
                "update session_place set order_id = ?, held_until = ? where section_id = ? and place_no = 4",
                ORDER,
                at(until),
                FLOOR);
        db.execute("update section set capacity = 2 where id = ?", FLOOR);

        assertEquals(List.of(3L, 4L), beyondCapacity(false), "places 3 and 4");
        assertEquals(List.of(4L), beyondCapacity(true), "4 is held: the service refuses");

        db.execute("update session_place set order_id = null, held_until = ? where place_no = 4", Holds.FREE);
        assertEquals(List.of(), beyondCapacity(true));
        assertEquals(2, db.execute(String.format(InventoryOpening.DELETE_BEYOND_CAPACITY, "?"), SESSION));
        assertEquals(2, db.number("select count(*) from session_place where section_id = ?", FLOOR));
    }

    /** The place numbers past the capacity the service locks, or only the held or sold ones. */
    private List<Long> beyondCapacity(boolean heldOnly) throws SQLException {
        List<Long> places = new ArrayList<>();
        String placeNumbers =
                InventoryOpening.LOCK_BEYOND_CAPACITY.replace("select held_until", "select place_no, held_until");
        try (PreparedStatement statement = db.prepare(String.format(placeNumbers, "?"), SESSION);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                Instant heldUntil =
                        rows.getObject(2, java.time.OffsetDateTime.class).toInstant();
                if (!heldOnly || !heldUntil.isBefore(now)) {
                    places.add(rows.getLong(1));
                }
            }
        }
        places.sort(null);
        return places;
    }

    @Test
    void aSessionIsSoldOutWhenEverySeatAndPlaceIsHeldSoldOrDisabledAndNotWhenAHoldExpired() throws SQLException {
        db = EmbeddedDatabase.withProgramme();
        open(InventoryOpening.SEATS, InventoryOpening.PLACES);
        db.order(ORDER, SESSION, "a".repeat(64), until, 10);
        assertEquals(1, anythingFree(now));

        db.execute(
                "update session_seat set order_id = ?, held_until = ? where session_id = ? and seat_id <> ?",
                ORDER,
                at(until),
                SESSION,
                DISABLED_SEAT);
        assertEquals(1, anythingFree(now), "the places are still free");
        db.execute("update session_place set held_until = ? where session_id = ?", Holds.SOLD, SESSION);
        assertEquals(0, anythingFree(now), "held, sold, and the disabled seat does not count");
        assertEquals(
                SESSION,
                db.number(
                        String.format(InventoryOpening.NOTHING_FREE, "?, ?"),
                        SESSION,
                        OTHER_SESSION,
                        at(now),
                        at(now)));

        assertEquals(1, anythingFree(until.plusSeconds(1)), "the holds expired: the seats are free again");
        db.execute("update session_seat set held_until = ? where seat_id = ?", Holds.FREE, FIRST_SEAT);
        assertEquals(1, anythingFree(now), "one released seat");
    }

    private long anythingFree(Instant at) throws SQLException {
        return db.number(SoldOut.ANYTHING_FREE, SESSION, at(at), SESSION, at(at));
    }

    @Test
    void theMigrationGivesOpenSessionsTheRowsTheyLackAndMarksThoseWithNothingLeftSoldOut() throws SQLException {
        db = EmbeddedDatabase.withProgrammeAt("15");
        // SESSION was saved "On sale" by staff (no rows); OTHER_SESSION is open with every seat sold.
        db.execute("update event_session set status = 'ON_SALE' where id in (?, ?)", SESSION, OTHER_SESSION);
        db.execute(
                "insert into session_seat (session_id, seat_id, section_id, held_until) values (?, 200, 20, ?)",
                OTHER_SESSION,
                Holds.SOLD);

        db.migrate();

        assertEquals(6, db.number("select count(*) from session_seat where session_id = ?", SESSION));
        assertEquals(FLOOR_CAPACITY, db.number("select count(*) from session_place where session_id = ?", SESSION));
        assertEquals(1, db.number("select count(*) from session_seat where session_id = ?", OTHER_SESSION));
        assertEquals(
                1,
                db.number(
                        "select count(*) from event_session where id = ? and status = 'SOLD_OUT' and version = 1",
                        OTHER_SESSION));
        assertEquals(1, db.number("select count(*) from event_session where id = ? and status = 'ON_SALE'", SESSION));
    }
}
