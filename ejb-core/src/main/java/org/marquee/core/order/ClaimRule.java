package org.marquee.core.order;

import java.time.Instant;

/**
 * When an order may take one more ticket, written once for the statements that claim (get-seat,
 * drop-seat, the grouped claims) and once for the entity that says why it refuses, side by side so
 * that they cannot drift apart; {@code ClaimRuleTest} holds the SQL and the Java to the same
 * answers over every combination.
 *
 * <ul>
 *   <li><b>live</b>: PENDING and not past its expiry;
 *   <li><b>limit</b>: the number of tickets chosen at the amount step once chosen, else the
 *       order's maximum (a buyer never holds more seats than tickets).
 * </ul>
 */
final class ClaimRule {

    private ClaimRule() {}

    /**
     * Live, as SQL with one parameter (now). Status and expiry are tested as one boolean ({@code is
     * true}) so that no index can serve them, only the primary key: with plain conditions PostgreSQL
     * planned the claims on the (status, expiry) index whenever the table had no statistics yet (a
     * fresh database, or autovacuum off) and then read every live order per claim
     * (docs/benchmarks.md).
     *
     * @param alias the order table's alias with its dot ({@code "o."}), or {@code ""}
     */
    static String liveSql(String alias) {
        return "(" + alias + "status = 'PENDING' and " + alias + "expire_if_not_completed_at > ?) is true";
    }

    /** The limit, as an SQL expression. */
    static String limitSql(String alias) {
        return "case when " + alias + "requested_tickets > 0 then " + alias + "requested_tickets else " + alias
                + "max_tickets end";
    }

    /** Live, as {@link #liveSql} says. */
    static boolean live(OrderStatus status, Instant expiry, Instant now) {
        return status == OrderStatus.PENDING && expiry.isAfter(now);
    }

    /** The limit, as {@link #limitSql} says. */
    static int limit(int requestedTickets, int maxTickets) {
        return requestedTickets > 0 ? requestedTickets : maxTickets;
    }
}
