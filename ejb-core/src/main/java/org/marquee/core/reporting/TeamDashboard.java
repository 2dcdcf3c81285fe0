package org.marquee.core.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.marquee.core.catalog.SalesState;
import org.marquee.core.platform.Money;

/**
 * A venue's or artist's figures: its coming sessions (not ended yet, the next {@value
 * StaffDashboards#SESSIONS} at most) each with sold, held and free, the same per section over
 * those sessions, the revenue of all its sessions ever (per currency), and tickets sold per day
 * over the last {@value StaffDashboards#SALES_DAYS} days, each day in its venue's zone.
 */
public record TeamDashboard(
        long teamId,
        List<SessionFigures> sessions,
        List<SectionFigures> sections,
        List<Money> revenue,
        long paidOrders,
        List<SalesDay> sales)
        implements Serializable {

    public TeamDashboard {
        sessions = List.copyOf(sessions);
        sections = List.copyOf(sections);
        revenue = List.copyOf(revenue);
        sales = List.copyOf(sales);
    }

    public SectionFigures total() {
        return Figures.total(sections);
    }

    /** One coming session: its inventory added up over its sections, and its revenue. */
    public record SessionFigures(
            long sessionId,
            String eventTitle,
            String venueName,
            ZoneId timeZone,
            Instant startsAt,
            SalesState salesState,
            long capacity,
            long sold,
            long held,
            List<Money> revenue)
            implements Serializable {

        public SessionFigures {
            revenue = List.copyOf(revenue);
        }

        public long free() {
            return capacity - sold - held;
        }

        public ZonedDateTime localStart() {
            return startsAt.atZone(timeZone);
        }
    }
}
