package org.marquee.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Catalog rows a test from outside the server writes straight into the test database, the way the
 * server stores them, when the catalog is not what it tests: a city (of a country it adds when
 * missing), a category, an artist, an event billing artists. Names carry the caller's tag, so the
 * classes sharing the database never meet; slugs follow from the names as the server makes them
 * (lower case, dashes). Ids are the tops of sequence blocks, which no server uses (see
 * {@link LargeCatalog}).
 */
final class TestCatalog {

    private TestCatalog() {}

    /** A city of Germany (time zone Europe/Berlin) named {@code name}; its id. */
    static long city(String name) throws SQLException {
        return city("DE", name, "Europe/Berlin");
    }

    static long city(String country, String name, String timeZone) throws SQLException {
        Countries.ensureInDatabase(country);
        return id(
                "insert into city (id, country_code, name, slug, time_zone) values (nextval('city_seq'), ?, ?, ?, ?)"
                        + " returning id",
                country,
                name,
                slug(name + "-" + country),
                timeZone);
    }

    static long category(String name) throws SQLException {
        return id(
                "insert into category (id, name, slug) values (nextval('category_seq'), ?, ?) returning id",
                name,
                slug(name));
    }

    static long artist(String name) throws SQLException {
        return id(
                "insert into artist (id, name, slug, created_at) values (nextval('artist_seq'), ?, ?, now())"
                        + " returning id",
                name,
                slug(name));
    }

    /** A venue in the city with no sections yet; its id. */
    static long venue(String name, long city) throws SQLException {
        return id(
                "insert into venue (id, name, slug, city_id, address, created_at) values (nextval('venue_seq'), ?, ?, ?,"
                        + " '1 Test Street', now()) returning id",
                name,
                slug(name),
                city);
    }

    /** A standing section of the venue, priced 20.00 in the platform's currency; its id. */
    static long standingSection(long venue, String name, int capacity) throws SQLException {
        return id(
                "insert into section (id, venue_id, name, kind, capacity, starting_price_minor, currency, position_x,"
                        + " position_y, rotation, shape, size_x, size_y) values (nextval('section_seq'), ?, ?, 'STANDING',"
                        + " ?, 2000, (select default_currency from platform_settings), 0, 0, 0, 'RECTANGLE', 3000, 2000)"
                        + " returning id",
                venue,
                name,
                capacity);
    }

    /** A published event of the category billing the artists in this order; its id. */
    static long publishedEvent(String title, long category, long... artists) throws SQLException {
        long event = id(
                "insert into event (id, title, slug, category_id, status, published_at, created_at)"
                        + " values (nextval('event_seq'), ?, ?, ?, 'PUBLISHED', now(), now()) returning id",
                title,
                slug(title),
                category);
        for (int i = 0; i < artists.length; i++) {
            TestDatabase.update(
                    "insert into event_artist (event_id, artist_id, billing_order) values (?, ?, ?)",
                    event,
                    artists[i],
                    i);
        }
        return event;
    }

    /** The server's slug of a name made of ASCII letters, digits and spaces. */
    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static long id(String sql, Object... parameters) throws SQLException {
        try (Connection db = TestDatabase.connect();
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }
}
