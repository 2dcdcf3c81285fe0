package org.marquee.core.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.marquee.core.platform.MigrationSetup;

/**
 * The demo mode's embedded database (H2 in PostgreSQL mode, all migrations applied), with a small
 * programme in it, for tests of the SQL that must run on both databases. Rows are written with
 * plain SQL: the services need a server.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final long VENUE = 1;
    public static final long OTHER_VENUE = 2;
    public static final long STALLS = 10;
    public static final long FLOOR = 11;
    public static final long OTHER_SECTION = 20;
    /** Seats 100..105 in the stalls; 105 is disabled. */
    public static final long FIRST_SEAT = 100;

    public static final long DISABLED_SEAT = 105;
    public static final long OTHER_VENUES_SEAT = 200;
    public static final int FLOOR_CAPACITY = 4;
    public static final long SESSION = 1000;
    public static final long OTHER_SESSION = 1001;

    private final JdbcDataSource dataSource;
    private final Connection connection;

    private EmbeddedDatabase(JdbcDataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        this.connection = dataSource.getConnection();
    }

    public static EmbeddedDatabase withProgramme() throws SQLException {
        return withProgrammeAt(null);
    }

    /** The programme on the schema as the given migration left it (null: the newest), for a later migration's test. */
    public static EmbeddedDatabase withProgrammeAt(String version) throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:sql-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        var flyway = MigrationSetup.flyway(dataSource);
        if (version != null) {
            flyway.target(version);
        }
        flyway.load().migrate();
        EmbeddedDatabase db = new EmbeddedDatabase(dataSource);
        db.programme();
        return db;
    }

    /** Runs the migrations not applied yet. */
    public void migrate() {
        MigrationSetup.flyway(dataSource).load().migrate();
    }

    private void programme() throws SQLException {
        execute("insert into country (code, name) values ('DE', 'Germany')");
        execute("insert into city (id, country_code, name, slug, time_zone) values (1, 'DE', 'Berlin', 'berlin',"
                + " 'Europe/Berlin')");
        for (long venue : new long[] {VENUE, OTHER_VENUE}) {
            execute(
                    "insert into venue (id, name, slug, city_id, address, created_at) values (?, ?, ?, 1, 'x', ?)",
                    venue,
                    "Venue " + venue,
                    "venue-" + venue,
                    at(Places.CREATED));
        }
        section(STALLS, VENUE, "SEATED", 5);
        section(FLOOR, VENUE, "STANDING", FLOOR_CAPACITY);
        section(OTHER_SECTION, OTHER_VENUE, "SEATED", 1);
        for (int i = 0; i < 6; i++) {
            seat(FIRST_SEAT + i, STALLS, i + 1, FIRST_SEAT + i == DISABLED_SEAT);
        }
        seat(OTHER_VENUES_SEAT, OTHER_SECTION, 1, false);
        execute("insert into category (id, name, slug) values (1, 'Concerts', 'concerts')");
        execute(
                "insert into event (id, title, slug, category_id, status, created_at) values (1, 'Show', 'show', 1,"
                        + " 'PUBLISHED', ?)",
                at(Places.CREATED));
        Instant start = Instant.now().plusSeconds(86_400 * 30);
        for (long[] session : new long[][] {{SESSION, VENUE}, {OTHER_SESSION, OTHER_VENUE}}) {
            execute(
                    "insert into event_session (id, event_id, venue_id, starts_at, ends_at, sales_start, sales_end,"
                            + " status, currency) values (?, 1, ?, ?, ?, ?, ?, 'SCHEDULED', 'EUR')",
                    session[0],
                    session[1],
                    at(start),
                    at(start.plusSeconds(7200)),
                    at(Instant.now().minusSeconds(60)),
                    at(start));
        }
    }

    public void section(long id, long venue, String kind, int capacity) throws SQLException {
        execute(
                "insert into section (id, venue_id, name, kind, capacity, starting_price_minor, currency,"
                        + " position_x, position_y, rotation, shape, size_x, size_y) values (?, ?, ?, ?, ?, 1000, 'EUR',"
                        + " 0, 0, 0, 'RECTANGLE', 10, 10)",
                id,
                venue,
                "Section " + id,
                kind,
                capacity);
    }

    public void seat(long id, long section, int number, boolean disabled) throws SQLException {
        execute(
                "insert into seat (id, section_id, row_label, seat_number, position_x, position_y, rotation, shape,"
                        + " size_x, size_y, disabled) values (?, ?, 'A', ?, 0, 0, 0, 'RECTANGLE', 1, 1, ?)",
                id,
                section,
                number,
                disabled);
    }

    /** A PENDING order of a session, expiring at the given moment, for at most max tickets. */
    public void order(long id, long session, String tokenHash, Instant expires, int max) throws SQLException {
        execute(
                "insert into event_session_order (id, pnr, session_id, token_hash, status, max_tickets, created_at,"
                        + " expire_if_not_completed_at) values (?, ?, ?, ?, 'PENDING', ?, ?, ?)",
                id,
                "P" + id,
                session,
                tokenHash,
                max,
                at(expires.minusSeconds(900)),
                at(expires));
    }

    /** The connection the statements of this class run on (for code that takes a plain connection). */
    public Connection connection() {
        return connection;
    }

    public int execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            return statement.execute() ? -1 : statement.getUpdateCount();
        }
    }

    public long number(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? rows.getLong(1) : -1;
        }
    }

    public PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    public static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
