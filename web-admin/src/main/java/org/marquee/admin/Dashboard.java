package org.marquee.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.marquee.core.identity.Role;
import org.marquee.core.reporting.PlatformFigures;
import org.marquee.core.reporting.PlatformOverview;
import org.marquee.core.reporting.PlatformOverview.Overview;
import org.marquee.core.reporting.PlatformSales;
import org.marquee.web.Charts;

/** The admin home: platform figures, the platform's sales and the database's health. */
@Named
@RequestScoped
public class Dashboard {

    @EJB
    private PlatformOverview platformOverview;

    @EJB
    private PlatformSales platformSales;

    private Overview overview;
    private PlatformFigures sales;
    private String salesChart;

    @PostConstruct
    void load() {
        overview = platformOverview.overview();
        sales = platformSales.figures();
        salesChart = Charts.sales(sales.sales());
    }

    public PlatformFigures getSales() {
        return sales;
    }

    /** Tickets sold per day over the last 30 days (Chart.js); null when nothing was sold in them. */
    public String getSalesChart() {
        return salesChart;
    }

    public int getSalesDays() {
        return PlatformSales.DAYS;
    }

    public Overview getOverview() {
        return overview;
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }
}
