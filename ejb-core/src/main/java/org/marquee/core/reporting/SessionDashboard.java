package org.marquee.core.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.marquee.core.catalog.SalesState;
import org.marquee.core.platform.Money;

/**
 * One session's figures for its venue's or artist's team: sold, held and free per section (from
 * the inventory's rows), revenue (the fixed totals of its PAID orders, per currency), tickets
 * sold per day in the venue's zone, and the door's progress when check-ins are recorded (null
 * until then).
 */
public record SessionDashboard(
        long sessionId,
        String eventTitle,
        String venueName,
        ZoneId timeZone,
        Instant startsAt,
        SalesState salesState,
        List<SectionFigures> sections,
        List<Money> revenue,
        long paidOrders,
        List<SalesDay> sales,
        CheckInProgress checkIns)
        implements Serializable {

    public SessionDashboard {
        sections = List.copyOf(sections);
        revenue = List.copyOf(revenue);
        sales = List.copyOf(sales);
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(timeZone);
    }

    /** The sections added up. */
    public SectionFigures total() {
        return Figures.total(sections);
    }

    /** Whether the session has inventory rows at all (a session not open for sale has none yet). */
    public boolean hasInventory() {
        return total().capacity() > 0;
    }
}
