package org.marquee.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.reporting.StaffDashboards;
import org.marquee.core.reporting.TeamDashboard;
import org.marquee.core.team.NotInScope;
import org.marquee.web.Charts;

/** The dashboard page: the current team's coming sessions, sections, revenue and sales. */
@Named("teamDashboard")
@ViewScoped
public class TeamDashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffDashboards dashboards;

    @Inject
    private StaffPanel staffPanel;

    @Inject
    private CurrentTeam currentTeam;

    private TeamDashboard dashboard;
    private String salesChart;

    @PostConstruct
    void load() {
        Long teamId = currentTeam.getCurrentId();
        if (teamId == null) {
            return;
        }
        try {
            dashboard = dashboards.team(staffPanel.kind(), teamId);
            salesChart = Charts.sales(dashboard.sales());
        } catch (NotInScope refused) {
            // The user left the team since the header was drawn: the page shows no figures.
            dashboard = null;
        }
    }

    /** Null for someone without a team. */
    public TeamDashboard getDashboard() {
        return dashboard;
    }

    /** The Chart.js configuration of tickets sold per day; null when nothing was sold lately. */
    public String getSalesChart() {
        return salesChart;
    }

    public int getSalesDays() {
        return StaffDashboards.SALES_DAYS;
    }

    public int getMaxSessions() {
        return StaffDashboards.SESSIONS;
    }
}
