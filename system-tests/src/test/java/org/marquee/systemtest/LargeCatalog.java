package org.marquee.systemtest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Grows the demo catalog to a given number of sessions straight in PostgreSQL, in one set-based
 * statement: going through the services would take hours for 100,000 sessions.
 */
final class LargeCatalog {

    /*
     * Sessions of the published events, spread over them and over every venue, starting between
     * tomorrow and a year from now in the evening (UTC), on sale from now until the start; one
     * in four has its own price for the venue's first section, like the demo catalog.
     *
     * Ids: every row takes a nextval() of its own. EclipseLink (allocationSize 50 on a sequence
     * that increments by 50) uses the 50 ids up to each value it gets from nextval, so a value
     * nextval gave us is the top of a block no server will ever use; we use that top id only.
     * That wastes 49 ids per row, which a bigint affords, and unlike taking a range and moving
     * the sequence past it with setval, it cannot collide with a server allocating meanwhile.
     */
    private static final String ADD_SESSIONS =
            """
            with published as (
                select array_agg(id order by id) as ids, count(*)::int as n from event where status = 'PUBLISHED'),
            venues as (
                select array_agg(id order by id) as ids, count(*)::int as n from venue),
            added as (
                insert into event_session (id, event_id, venue_id, starts_at, ends_at, sales_start, sales_end,
                                           status, currency, version)
                select nextval('event_session_seq'), p.ids[1 + g % p.n], v.ids[1 + (g / p.n) % v.n],
                       t.starts_at, t.starts_at + interval '2 hours', now(), t.starts_at,
                       'SCHEDULED', (select default_currency from platform_settings), 0
                from generate_series(1, ?) g
                cross join published p
                cross join venues v
                cross join lateral (
                    select date_trunc('day', now()) + (1 + (g * 37) % 365) * interval '1 day'
                           + interval '17 hours' + (g % 8) * interval '30 minutes' as starts_at) t
                returning id, venue_id)
            insert into session_section_price (session_id, section_id, price_minor)
            select a.id, first_section.id, 2500 + 500 * ((a.id / 50) % 10)
            from added a
            join lateral (select min(id) as id from section where venue_id = a.venue_id) first_section
                on first_section.id is not null
            where (a.id / 50) % 4 = 0
            """;

    private LargeCatalog() {}

    /** Adds sessions until there are {@code target}; returns how many it added. */
    static long growTo(long target) throws SQLException {
        long missing = target - TestDatabase.count("select count(*) from event_session");
        if (missing <= 0) {
            return 0;
        }
        try (Connection connection = TestDatabase.connect()) {
            try (PreparedStatement add = connection.prepareStatement(ADD_SESSIONS)) {
                add.setLong(1, missing);
                add.executeUpdate();
            }
            // Fresh statistics for the planner, and no autovacuum of 100,000 new rows in the
            // middle of the measurement. VACUUM needs auto-commit, which is on.
            try (Statement vacuum = connection.createStatement()) {
                vacuum.execute("vacuum analyze");
            }
        }
        return missing;
    }
}
