package org.marquee.core.order;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** An order of one session as the venue and artist panels list it. */
public record StaffOrderRow(
        long id, String pnr, OrderStatus status, int tickets, Instant createdAt, Instant closedAt, ZoneId timeZone) {

    public ZonedDateTime localCreated() {
        return createdAt.atZone(timeZone);
    }

    public ZonedDateTime localClosed() {
        return closedAt == null ? null : closedAt.atZone(timeZone);
    }
}
