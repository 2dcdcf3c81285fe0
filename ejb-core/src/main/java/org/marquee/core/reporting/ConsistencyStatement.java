package org.marquee.core.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.marquee.core.platform.SqlValues;

/**
 * The consistency check's statement ({@code consistency.sql}, next to this class) and its rules,
 * for {@link ConsistencyCheck} (the admin panel) and for code that holds a plain connection (the
 * tests, the on-sale harness). Kept out of the bean: an enterprise bean has no static methods.
 */
public final class ConsistencyStatement {

    /**
     * Every rule of the file, in its order, with the invariant of DESIGN.md it checks (0: the
     * promo-code limits). ConsistencySqlOnH2Test breaks each one and sees it found.
     */
    public static final List<Rule> RULES = List.of(
            new Rule("seat-sold-twice", 1),
            new Rule("place-sold-twice", 1),
            new Rule("seat-sold-without-paid-order", 1),
            new Rule("place-sold-without-paid-order", 1),
            new Rule("standing-over-capacity", 1),
            new Rule("seat-held-by-closed-order", 3),
            new Rule("place-held-by-closed-order", 3),
            new Rule("seat-held-past-order-expiry", 3),
            new Rule("place-held-past-order-expiry", 3),
            new Rule("expired-order-not-released", 3),
            new Rule("order-status-marks", 4),
            new Rule("refunded-more-than-paid", 4),
            new Rule("paid-order-payments", 5),
            new Rule("payment-without-paid-order", 5),
            new Rule("refund-overdue", 5),
            new Rule("paid-order-tickets", 7),
            new Rule("ticket-of-unpaid-order", 7),
            new Rule("ticket-row-not-sold", 7),
            new Rule("ticket-checked-in-twice", 7),
            new Rule("paid-order-without-mail", 9),
            new Rule("outbox-message-stuck", 9),
            new Rule("promo-uses-count", 0),
            new Rule("promo-used-beyond-limit", 0),
            new Rule("promo-used-beyond-buyer-limit", 0),
            new Rule("queue-place-twice", 0),
            new Rule("queue-admitted-out-of-turn", 0));

    /** A rule of the check: its name (a message key of the admin panel) and its invariant. */
    public record Rule(String name, int invariant) {}

    /** The file's path in the class path, and in the repository under ejb-core/src/main/resources. */
    public static final String RESOURCE = "org/marquee/core/reporting/consistency.sql";

    private static final String SQL = load();

    private ConsistencyStatement() {}

    /** The statement, without the comments that explain it. */
    static String sql() {
        return SQL;
    }

    /** The rows of the statement as a persistence provider returns them, as violations. */
    static List<ConsistencyViolation> violations(List<Object[]> rows) {
        return rows.stream()
                .map(row -> new ConsistencyViolation(
                        (String) row[0],
                        (int) SqlValues.number(row[1]),
                        (String) row[2],
                        (String) row[3],
                        row[4] == null ? null : SqlValues.number(row[4])))
                .toList();
    }

    /** The same check over a plain connection (the tests, the harness): nothing in it changes. */
    public static List<ConsistencyViolation> run(Connection connection) throws SQLException {
        List<ConsistencyViolation> found = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SQL);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long event = rows.getLong(5);
                found.add(new ConsistencyViolation(
                        rows.getString(1),
                        rows.getInt(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.wasNull() ? null : event));
            }
        }
        return found;
    }

    /**
     * The violations that belong to these events only: a test checks what it made, whatever other
     * tests left in the same database (rows they wrote straight into it, say).
     */
    public static List<ConsistencyViolation> run(Connection connection, Collection<Long> events) throws SQLException {
        return run(connection).stream()
                .filter(violation -> violation.eventId() != null && events.contains(violation.eventId()))
                .toList();
    }

    private static String load() {
        try (InputStream in = ConsistencyStatement.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.strip().startsWith("--"))
                    .reduce("", (all, line) -> all + line + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
