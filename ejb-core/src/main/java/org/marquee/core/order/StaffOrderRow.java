package org.marquee.core.order;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.marquee.core.platform.Money;

/**
 * An order of one session as the venue and artist panels list it: its state (expired apart from
 * cancelled), the total fixed when the payment started (null before), and the name and email the
 * buyer typed at the address step (null before), which staff need to find a buyer at the door.
 */
public record StaffOrderRow(
        long id,
        String pnr,
        OrderState state,
        int tickets,
        Money total,
        String buyerName,
        String buyerEmail,
        boolean guest,
        Instant createdAt,
        Instant closedAt,
        ZoneId timeZone) {

    public ZonedDateTime localCreated() {
        return createdAt.atZone(timeZone);
    }

    public ZonedDateTime localClosed() {
        return closedAt == null ? null : closedAt.atZone(timeZone);
    }
}
