package org.marquee.core.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.marquee.core.order.OrderState;

/**
 * What the admin's orders table is filtered by: parts of the PNR, of the buyer's name or email
 * (typed or the account's), of the event's title; the day of the session in its venue's zone; a
 * state (an {@link OrderState}: EXPIRED is a hold that ran out unpaid, swept or not); and a range
 * of creation days in UTC, both ends included. Blank or null means "any" for the texts and days.
 * No state means every order except expired holds that hold nothing (most expired checkouts,
 * which would bury the real orders); {@link #ALL} shows those too.
 */
public record OrderFilter(
        String pnr,
        String buyer,
        String event,
        LocalDate sessionDay,
        String state,
        LocalDate createdFrom,
        LocalDate createdTo)
        implements Serializable {

    public static final String EXPIRED = OrderState.EXPIRED.name();
    /** Every order, expired holds with no tickets included. */
    public static final String ALL = "ALL";

    public static final Set<String> STATES = Stream.concat(
                    Stream.of(ALL), Arrays.stream(OrderState.values()).map(OrderState::name))
            .collect(Collectors.toUnmodifiableSet());

    public OrderFilter {
        pnr = blankAsNull(pnr);
        buyer = blankAsNull(buyer);
        event = blankAsNull(event);
        state = state != null && STATES.contains(state) ? state : null;
    }

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null, null);
    }

    /**
     * The table's column filters (pnr, buyer, event, session as an ISO date, status) and the
     * creation range; a value that cannot be read means "any".
     */
    public static OrderFilter of(Map<String, String> filters, LocalDate createdFrom, LocalDate createdTo) {
        return new OrderFilter(
                filters.get("pnr"),
                filters.get("buyer"),
                filters.get("event"),
                day(filters.get("session")),
                filters.get("status"),
                createdFrom,
                createdTo);
    }

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
