package org.marquee.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The hall of the on-sale benchmark, written straight into PostgreSQL like {@link LargeCatalog}:
 * a seated block of {@code rows x seatsPerRow} and a standing floor, one published event and
 * several sessions of it (one per round), SCHEDULED and selling from now; the first order of
 * each opens its inventory. Ids are the tops of sequence blocks no server will use (see
 * LargeCatalog).
 */
record BurstArena(
        long venueId,
        long eventId,
        long seatedSectionId,
        long standingSectionId,
        List<Long> seatIds,
        List<Long> sessionIds) {

    static BurstArena create(int rows, int seatsPerRow, int standing, int sessions) throws SQLException {
        return create(rows, seatsPerRow, standing, sessions, true, true);
    }

    /** A hall of the seated block alone, no standing floor ({@link #standingSectionId} 0). */
    static BurstArena seatedOnly(int rows, int seatsPerRow, int sessions) throws SQLException {
        return create(rows, seatsPerRow, 0, sessions, true, false);
    }

    /** A hall of the standing floor alone, no seats ({@link #seatedSectionId} 0). */
    static BurstArena standingOnly(int standing, int sessions) throws SQLException {
        return create(0, 0, standing, sessions, false, true);
    }

    private static BurstArena create(
            int rows, int seatsPerRow, int standing, int sessions, boolean withSeats, boolean withFloor)
            throws SQLException {
        String tag = String.valueOf(System.nanoTime());
        // Its own city (in Berlin's time zone) and category: the hall needs no one else's catalog.
        long city = TestCatalog.city("Benchmark City " + tag);
        long category = TestCatalog.category("Benchmark " + tag);
        try (Connection db = TestDatabase.connect()) {
            long venue = one(
                    db,
                    "insert into venue (id, name, slug, city_id, address, created_at) values (nextval('venue_seq'),"
                            + " ?, ?, ?, '1 Benchmark Road', now()) returning id",
                    "Benchmark Arena " + tag,
                    "benchmark-arena-" + tag,
                    city);
            long seated = withSeats ? section(db, venue, "Stalls", "SEATED", rows * seatsPerRow, 0) : 0;
            long floor = withFloor ? section(db, venue, "Floor", "STANDING", standing, 1) : 0;
            try (PreparedStatement seats = db.prepareStatement("insert into seat (id, section_id, row_label,"
                    + " seat_number, position_x, position_y, rotation, shape, size_x, size_y)"
                    + " select nextval('seat_seq'), ?, 'R' || r, n, n * 55, r * 90, 0, 'ROUNDED', 48, 48"
                    + " from generate_series(1, ?) r cross join generate_series(1, ?) n")) {
                seats.setLong(1, seated);
                seats.setInt(2, rows);
                seats.setInt(3, seatsPerRow);
                seats.executeUpdate();
            }
            long event = one(
                    db,
                    "insert into event (id, title, slug, category_id, status, published_at, created_at)"
                            + " values (nextval('event_seq'), ?, ?, ?, 'PUBLISHED', now(), now()) returning id",
                    "On-sale burst " + tag,
                    "on-sale-burst-" + tag,
                    category);
            List<Long> sessionIds = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                sessionIds.add(one(
                        db,
                        "insert into event_session (id, event_id, venue_id, starts_at, ends_at, sales_start, sales_end,"
                                + " status, currency) select nextval('event_session_seq'), ?, ?, t, t + interval '2 hours',"
                                + " now() - interval '1 minute', t, 'SCHEDULED', default_currency from platform_settings,"
                                + " (select now() + interval '30 days' + ? * interval '1 day' as t) s returning id",
                        event,
                        venue,
                        i));
            }
            List<Long> seatIds = new ArrayList<>();
            try (PreparedStatement query = db.prepareStatement(
                    "select id from seat where section_id = ? order by substr(row_label, 2)::int, seat_number")) {
                query.setLong(1, seated);
                try (ResultSet found = query.executeQuery()) {
                    while (found.next()) {
                        seatIds.add(found.getLong(1));
                    }
                }
            }
            return new BurstArena(venue, event, seated, floor, List.copyOf(seatIds), List.copyOf(sessionIds));
        }
    }

    /**
     * Opens the sessions' inventory as the server's opener does ({@code InventoryOpening}): a row per
     * seat and per standing place, free, and the session ON_SALE. A session the opener took first
     * (it opens those selling within the hour, every minute) is left as it made it.
     */
    BurstArena open() throws SQLException {
        try (Connection db = TestDatabase.connect()) {
            db.setAutoCommit(false);
            for (long session : sessionIds) {
                int claimed;
                try (PreparedStatement onSale = db.prepareStatement(
                        "update event_session set status = 'ON_SALE' where id = ? and status = 'SCHEDULED'")) {
                    onSale.setLong(1, session);
                    claimed = onSale.executeUpdate();
                }
                if (claimed == 0) {
                    continue;
                }
                try (PreparedStatement seats =
                        db.prepareStatement("insert into session_seat (session_id, seat_id, section_id, held_until)"
                                + " select ?, st.id, st.section_id, timestamp with time zone '1970-01-01 00:00:00+00'"
                                + " from seat st where st.section_id = ?")) {
                    seats.setLong(1, session);
                    seats.setLong(2, seatedSectionId);
                    seats.executeUpdate();
                }
                if (standingSectionId != 0) {
                    try (PreparedStatement places = db.prepareStatement(
                            "insert into session_place (session_id, section_id, place_no, held_until)"
                                    + " select ?, sc.id, n, timestamp with time zone '1970-01-01 00:00:00+00'"
                                    + " from section sc cross join generate_series(1, sc.capacity) n where sc.id = ?")) {
                        places.setLong(1, session);
                        places.setLong(2, standingSectionId);
                        places.executeUpdate();
                    }
                }
            }
            db.commit();
        }
        return this;
    }

    private static long section(Connection db, long venue, String name, String kind, int capacity, int order)
            throws SQLException {
        return one(
                db,
                "insert into section (id, venue_id, name, kind, capacity, starting_price_minor, currency, position_x,"
                        + " position_y, rotation, shape, size_x, size_y, sort_order) values (nextval('section_seq'), ?, ?,"
                        + " ?, ?, 4500, (select default_currency from platform_settings), 0, ?, 0, 'RECTANGLE', 3000, 2000,"
                        + " ?) returning id",
                venue,
                name,
                kind,
                capacity,
                1000 + 2500 * order,
                order);
    }

    private static long one(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    int capacity() {
        return seatIds.size() + standing();
    }

    int standing() {
        try {
            return (int) TestDatabase.count("select capacity from section where id = ?", standingSectionId);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
