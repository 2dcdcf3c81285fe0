package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marquee.core.reporting.ConsistencyStatement;
import org.marquee.core.reporting.ConsistencyViolation;

/**
 * The consistency check (ejb-core's consistency.sql, the invariants of DESIGN.md) as an assertion
 * of a test, over the events of the sessions the test sold: the races for seats, places and promo
 * codes, the payments with their duplicated and reordered webhooks, the refunds. Narrowed to the
 * test's own events because other tests write rows straight into the shared database that no
 * real sale would leave (a paid order without its payment, to show it in a panel).
 */
final class Consistency {

    private Consistency() {}

    /** From outside the server: fails listing every violation in these sessions' events. */
    static void assertConsistent(long... sessions) throws Exception {
        try (Connection connection = TestDatabase.connect()) {
            assertConsistent(connection, sessions);
        }
    }

    /** Over a connection of the test's (inside the server: its data source's). */
    static void assertConsistent(Connection connection, long... sessions) throws SQLException {
        Set<Long> events = new HashSet<>();
        try (PreparedStatement statement =
                connection.prepareStatement("select event_id from event_session where id = ?")) {
            for (long session : sessions) {
                statement.setLong(1, session);
                try (ResultSet row = statement.executeQuery()) {
                    if (row.next()) {
                        events.add(row.getLong(1));
                    }
                }
            }
        }
        assertFalse(events.isEmpty(), "no session of " + Arrays.toString(sessions) + " exists to check");
        List<ConsistencyViolation> violations = ConsistencyStatement.run(connection, events);
        assertEquals(
                "",
                violations.stream()
                        .map(v -> v.rule() + " (invariant " + v.invariant() + "): " + v.subject() + ": " + v.detail())
                        .collect(Collectors.joining("\n")),
                "the consistency check (ejb-core's consistency.sql) found violations in events " + events);
    }
}
