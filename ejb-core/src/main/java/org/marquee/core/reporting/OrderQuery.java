package org.marquee.core.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marquee.core.order.CancelReason;
import org.marquee.core.order.OrderState;
import org.marquee.core.order.OrderStatus;
import org.marquee.core.platform.Money;
import org.marquee.core.platform.SqlValues;

/**
 * The SQL of the admin's orders table, for PostgreSQL and the demo's H2 alike: one page of rows
 * and their count under one filter, sorted by the database. Kept apart from the service so that
 * the statements run on H2 in a unit test.
 */
final class OrderQuery {

    /** Sessions starting within a range, with their venue's zone: a session day is a day there. */
    static final String SESSIONS_BETWEEN = "select s.id, s.starts_at, c.time_zone from event_session s"
            + " join venue v on v.id = s.venue_id join city c on c.id = v.city_id"
            + " where s.starts_at >= ? and s.starts_at < ?";

    private static final String FROM = " from event_session_order o"
            + " join event_session s on s.id = o.session_id"
            + " join event e on e.id = s.event_id"
            + " join venue v on v.id = s.venue_id"
            + " join city c on c.id = v.city_id"
            + " left join app_user u on u.id = o.buyer_id";

    private static final String COLUMNS = "select o.id, o.pnr, o.created_at, e.title, s.starts_at, c.time_zone,"
            + " o.buyer_name, o.buyer_email, u.email, o.tickets, o.currency, o.total_minor, o.status,"
            + " o.expire_if_not_completed_at, o.cancel_reason";

    /**
     * An order whose hold ran out unpaid, swept or not; its one parameter is now. Never NULL (a
     * NULL reason would make {@code not (...)} drop the row), hence the {@code is not null}.
     */
    static final String EXPIRED_SQL = "((o.status = 'PENDING' and o.expire_if_not_completed_at <= ?)"
            + " or (o.status = 'CANCELLED' and o.cancel_reason is not null and o.cancel_reason = 'EXPIRED'))";

    /** A real cancellation, not an expired hold. */
    static final String CANCELLED_SQL =
            "(o.status = 'CANCELLED' and (o.cancel_reason is null or o.cancel_reason <> 'EXPIRED'))";

    private static final Map<String, String> SORTS = Map.of(
            "createdAt", "o.created_at",
            "pnr", "o.pnr",
            "status", "o.status",
            "tickets", "o.tickets",
            "total", "o.total_minor",
            "event", "e.title",
            "session", "s.starts_at");

    private final String where;
    private final List<Object> parameters;

    /**
     * @param sessionIds the sessions on the filter's session day (found with {@link #SESSIONS_BETWEEN});
     *     ignored without a session day
     */
    OrderQuery(OrderFilter filter, Collection<Long> sessionIds, Instant now) {
        List<String> conditions = new ArrayList<>();
        parameters = new ArrayList<>();
        if (filter.pnr() != null) {
            conditions.add("upper(o.pnr) like ? escape '\\'");
            parameters.add(contains(filter.pnr().toUpperCase(Locale.ROOT)));
        }
        if (filter.buyer() != null) {
            conditions.add("(lower(o.buyer_name) like ? escape '\\' or lower(o.buyer_email) like ? escape '\\'"
                    + " or lower(u.email) like ? escape '\\' or lower(u.display_name) like ? escape '\\')");
            String pattern = contains(filter.buyer().toLowerCase(Locale.ROOT));
            parameters.addAll(List.of(pattern, pattern, pattern, pattern));
        }
        if (filter.event() != null) {
            conditions.add("lower(e.title) like ? escape '\\'");
            parameters.add(contains(filter.event().toLowerCase(Locale.ROOT)));
        }
        if (filter.sessionDay() != null) {
            if (sessionIds.isEmpty()) {
                conditions.add("1 = 0");
            } else {
                conditions.add("o.session_id in (" + SqlValues.placeholders(sessionIds.size()) + ")");
                parameters.addAll(sessionIds);
            }
        }
        state(filter.state(), now, conditions);
        if (filter.createdFrom() != null) {
            conditions.add("o.created_at >= ?");
            parameters.add(SqlValues.at(startOfDay(filter.createdFrom())));
        }
        if (filter.createdTo() != null) {
            conditions.add("o.created_at < ?");
            parameters.add(SqlValues.at(startOfDay(filter.createdTo().plusDays(1))));
        }
        where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private void state(String state, Instant now, List<String> conditions) {
        if (OrderFilter.ALL.equals(state)) {
            return;
        }
        if (state == null) {
            conditions.add("not (" + EXPIRED_SQL + " and o.tickets = 0)");
            parameters.add(SqlValues.at(now));
            return;
        }
        switch (OrderState.valueOf(state)) {
            case PENDING -> {
                conditions.add("o.status = 'PENDING' and o.expire_if_not_completed_at > ?");
                parameters.add(SqlValues.at(now));
            }
            case EXPIRED -> {
                conditions.add(EXPIRED_SQL);
                parameters.add(SqlValues.at(now));
            }
            case CANCELLED -> conditions.add(CANCELLED_SQL);
            case PAID, REFUNDED -> {
                conditions.add("o.status = ?");
                parameters.add(state);
            }
        }
    }

    /** The page's statement; its parameters are {@link #pageParameters}. Newest first unless sorted otherwise. */
    String pageSql(String sortField, boolean ascending) {
        String column = sortField == null ? null : SORTS.get(sortField);
        // Orders without a total (not paid for yet) come last either way.
        String order = column == null
                ? "o.created_at desc"
                : column + (ascending ? " asc" : " desc") + (column.equals("o.total_minor") ? " nulls last" : "");
        return COLUMNS + FROM + where + " order by " + order + ", o.id desc limit ? offset ?";
    }

    List<Object> pageParameters(int first, int size) {
        List<Object> all = new ArrayList<>(parameters);
        all.add(size);
        all.add(first);
        return all;
    }

    String countSql() {
        return "select count(*)" + FROM + where;
    }

    List<Object> countParameters() {
        return List.copyOf(parameters);
    }

    /** A row of {@link #pageSql} as the table shows it. */
    static AdminOrderRow row(Object[] columns, Instant now) {
        ZoneId zone = ZoneId.of((String) columns[5]);
        OrderStatus status = OrderStatus.valueOf(((String) columns[12]).strip());
        Instant expiry = SqlValues.instant(columns[13]);
        return new AdminOrderRow(
                SqlValues.number(columns[0]),
                ((String) columns[1]).strip(),
                SqlValues.instant(columns[2]),
                (String) columns[3],
                SqlValues.instant(columns[4]).atZone(zone),
                (String) columns[6],
                (String) columns[7],
                (String) columns[8],
                (int) SqlValues.number(columns[9]),
                columns[11] == null
                        ? null
                        : Money.ofMinor(SqlValues.number(columns[11]), ((String) columns[10]).strip()),
                OrderState.of(
                        status,
                        columns[14] == null ? null : CancelReason.valueOf(((String) columns[14]).strip()),
                        !now.isBefore(expiry)));
    }

    /** The widest span of instants that can fall on this day in some zone (UTC-12 to UTC+14). */
    static Instant[] aroundDay(LocalDate day) {
        return new Instant[] {
            startOfDay(day).minusSeconds(14 * 3600), startOfDay(day.plusDays(1)).plusSeconds(12 * 3600)
        };
    }

    private static Instant startOfDay(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    private static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
