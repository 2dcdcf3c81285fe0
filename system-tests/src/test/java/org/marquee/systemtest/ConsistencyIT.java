package org.marquee.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.marquee.core.reporting.ConsistencyCheck;
import org.marquee.core.reporting.ConsistencyViolation;

/**
 * The consistency check over the database the whole suite left behind: the races for seats,
 * places and promo codes, the payments with their duplicated and reordered webhooks, the refunds,
 * cancellations and door scans of every other class. Failsafe runs it in a run of its own after
 * the other two (the {@value #AFTERWARDS} group), so it reads what all of them did; on PostgreSQL,
 * the statement the unit tests run on H2.
 */
@Tag(ConsistencyIT.AFTERWARDS)
class ConsistencyIT {

    static final String AFTERWARDS = "afterwards";

    @Test
    void theSuiteLeftAConsistentDatabase() throws Exception {
        long paid = TestDatabase.count("select count(*) from event_session_order where paid_at is not null");
        long tickets = TestDatabase.count("select count(*) from ticket");
        int violations = assertConsistent();
        System.out.printf(
                "Consistency check: %d orders (%d paid), %d tickets, %d payments: %d violations%n",
                TestDatabase.count("select count(*) from event_session_order"),
                paid,
                tickets,
                TestDatabase.count("select count(*) from payment"),
                violations);
        assertTrue(paid > 0, "run with tests that sell: alone, it has nothing to check");
    }

    /** Runs the check on the test database and fails listing every violation; answers how many (none). */
    static int assertConsistent() throws Exception {
        List<ConsistencyViolation> violations;
        try (Connection connection = TestDatabase.connect()) {
            violations = ConsistencyCheck.run(connection);
        }
        assertEquals(
                "",
                violations.stream()
                        .map(v -> v.rule() + " (invariant " + v.invariant() + "): " + v.subject() + ": " + v.detail())
                        .collect(Collectors.joining("\n")),
                "the consistency check (ejb-core's consistency.sql) found violations");
        return violations.size();
    }
}
