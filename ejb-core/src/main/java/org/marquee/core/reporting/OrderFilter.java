package org.marquee.core.reporting;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * What the admin's orders table is filtered by: parts of the PNR, of the buyer's name or email
 * (typed or the account's), of the event's title; the day of the session in its venue's zone; a
 * state (a status, or EXPIRED for a PENDING order whose hold ran out); and a range of creation
 * days in UTC, both ends included. Blank or null means "any".
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

    public static final String EXPIRED = "EXPIRED";
    public static final Set<String> STATES = Set.of("PENDING", EXPIRED, "PAID", "CANCELLED", "REFUNDED");

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
