package org.marquee.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.marquee.core.testing.EmbeddedDatabase.OTHER_SESSION;
import static org.marquee.core.testing.EmbeddedDatabase.SESSION;
import static org.marquee.core.testing.EmbeddedDatabase.at;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.core.testing.EmbeddedDatabase;

/** Which sessions are due for opening, on the demo's embedded database. */
class SessionSalesSqlTest {

    @Test
    void dueAreScheduledSessionsWhoseSalesStartSoonAndHaveNotEnded() throws SQLException {
        Instant now = Instant.now();
        try (EmbeddedDatabase db = EmbeddedDatabase.withProgramme()) {
            assertEquals(List.of(SESSION, OTHER_SESSION), due(db, now.plus(Duration.ofHours(1)), now));

            db.execute(
                    "update event_session set sales_start = ? where id = ?",
                    at(now.plus(Duration.ofHours(2))),
                    OTHER_SESSION);
            assertEquals(List.of(SESSION), due(db, now.plus(Duration.ofHours(1)), now), "not within the hour");

            db.execute("update event_session set status = 'CANCELLED' where id = ?", SESSION);
            assertEquals(List.of(), due(db, now.plus(Duration.ofHours(1)), now), "cancelled");
        }
    }

    private static List<Long> due(EmbeddedDatabase db, Instant horizon, Instant now) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = db.prepare(SessionSales.DUE, at(horizon), at(now), 10);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
