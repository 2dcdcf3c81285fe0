package org.marquee.core.reporting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.marquee.core.identity.Role;
import org.marquee.core.platform.SqlValues;

/** The whole platform's sales for the admin dashboard (see {@link PlatformFigures}). Five grouped queries. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class PlatformSales {

    public static final int DAYS = 30;

    private static final String REVENUE = "select o.currency, sum(o.total_minor) from event_session_order o" + " where "
            + Figures.PAID + " and o.paid_at >= ? group by o.currency order by o.currency";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    public PlatformFigures figures() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        Instant startOfToday = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        LocalDate first = today.minusDays(DAYS - 1);
        Instant startOfWindow = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        long ticketsToday = Figures.number(
                em,
                "select sum(o.tickets) from event_session_order o where " + Figures.PAID + " and o.paid_at >= ?",
                SqlValues.at(startOfToday));
        long onSale = Figures.number(
                em,
                "select count(*) from event_session es join event e on e.id = es.event_id"
                        + " where es.status in ('SCHEDULED', 'ON_SALE') and e.status = 'PUBLISHED'"
                        + " and es.sales_start <= ? and es.sales_end > ?",
                SqlValues.at(now),
                SqlValues.at(now));
        return new PlatformFigures(
                ticketsToday,
                Figures.money(Figures.rows(em, REVENUE, SqlValues.at(startOfToday))),
                Figures.money(Figures.rows(em, REVENUE, SqlValues.at(startOfWindow))),
                onSale,
                Figures.everyDay(
                        Figures.days(Figures.rows(
                                em,
                                "select " + Figures.day("o.paid_at", "'UTC'") + " d, sum(o.tickets)"
                                        + " from event_session_order o where " + Figures.PAID
                                        + " and o.paid_at >= ? group by d order by d",
                                SqlValues.at(startOfWindow))),
                        first,
                        today));
    }
}
