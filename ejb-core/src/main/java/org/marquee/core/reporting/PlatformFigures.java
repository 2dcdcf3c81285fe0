package org.marquee.core.reporting;

import java.io.Serializable;
import java.util.List;
import org.marquee.core.platform.Money;

/**
 * The whole platform's sales for the admin dashboard, days in UTC: tickets sold today (of orders
 * PAID now, by their payment's day), revenue today and over the last 30 days, today included (per currency),
 * sessions on sale now (published, within their sales window, not sold out or cancelled), and
 * tickets sold per day over the last 30 days, today included.
 */
public record PlatformFigures(
        long ticketsToday,
        List<Money> revenueToday,
        List<Money> revenue30Days,
        long sessionsOnSale,
        List<SalesDay> sales)
        implements Serializable {

    public PlatformFigures {
        revenueToday = List.copyOf(revenueToday);
        revenue30Days = List.copyOf(revenue30Days);
        sales = List.copyOf(sales);
    }
}
