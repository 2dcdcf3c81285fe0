package org.marquee.core.order;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.marquee.core.platform.Money;

/**
 * One order in the venue and artist panels: its session, its state and what it holds or bought,
 * seats by section, row and number and standing places counted per section; the buyer's name
 * and email as typed at the address step (guests have nothing else), and the total once fixed.
 */
public record StaffOrderView(
        long id,
        String pnr,
        long sessionId,
        String eventTitle,
        ZoneId timeZone,
        Instant sessionStartsAt,
        OrderState state,
        boolean guest,
        String buyerName,
        String buyerEmail,
        Money total,
        int tickets,
        Instant createdAt,
        Instant expireIfNotCompletedAt,
        Instant closedAt,
        List<SeatLine> seats,
        List<PlaceLine> places) {

    public StaffOrderView {
        seats = List.copyOf(seats);
        places = List.copyOf(places);
    }

    public record SeatLine(String section, String row, int number) {}

    public record PlaceLine(String section, int count) {}

    public ZonedDateTime localSessionStart() {
        return sessionStartsAt.atZone(timeZone);
    }

    public ZonedDateTime localCreated() {
        return createdAt.atZone(timeZone);
    }

    public ZonedDateTime localExpiry() {
        return expireIfNotCompletedAt.atZone(timeZone);
    }

    public ZonedDateTime localClosed() {
        return closedAt == null ? null : closedAt.atZone(timeZone);
    }
}
