package org.marquee.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.marquee.core.catalog.StaffSessionView;
import org.marquee.core.order.OrderState;
import org.marquee.core.order.StaffOrderRow;
import org.marquee.core.order.StaffOrders;
import org.marquee.core.reporting.SessionDashboard;
import org.marquee.core.reporting.StaffDashboards;
import org.marquee.core.team.NotInScope;
import org.marquee.core.team.StaffSessions;
import org.marquee.core.team.TeamKind;
import org.marquee.web.Charts;
import org.marquee.web.PagedModel;
import org.marquee.web.Responses;

/**
 * One session of the user's venues or artists. Any other id, existing or not, is the 404 page:
 * the service refuses it and the page shows nothing of it.
 */
@Named
@ViewScoped
public class SessionDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffSessions sessions;

    @EJB
    private StaffOrders orders;

    @EJB
    private StaffDashboards dashboards;

    @Inject
    private StaffPanel staffPanel;

    @Inject
    private CurrentTeam currentTeam;

    private Long id;
    private StaffSessionView view;
    private PagedModel<StaffOrderRow> orderModel;
    private SessionDashboard dashboard;
    private String salesChart;
    private String checkInChart;

    public void load() {
        if (id == null) {
            Responses.notFound();
            return;
        }
        try {
            view = sessions.details(staffPanel.kind(), id);
            currentTeam.follow(sessions.teamsOf(staffPanel.kind(), id));
            StaffOrders service = orders;
            TeamKind kind = staffPanel.kind();
            long sessionId = id;
            orderModel = new PagedModel<>(request -> service.page(kind, sessionId, request), StaffOrderRow::id);
            dashboard = dashboards.session(kind, sessionId);
            salesChart = Charts.sales(dashboard.sales());
            checkInChart = Charts.checkIns(dashboard.checkIns(), dashboard.timeZone());
        } catch (NotInScope refused) {
            Responses.notFound();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public StaffSessionView getView() {
        return view;
    }

    /** Sold, held and free per section, revenue, sales and (once recorded) check-ins. */
    public SessionDashboard getDashboard() {
        return dashboard;
    }

    /** Tickets sold per day as a Chart.js configuration; null before the first sale. */
    public String getSalesChart() {
        return salesChart;
    }

    /** Check-ins over time as a Chart.js configuration; null while none is recorded. */
    public String getCheckInChart() {
        return checkInChart;
    }

    /** The status filter's choices, in the order an order lives through them, then every order. */
    public List<String> getStates() {
        List<String> states = new ArrayList<>();
        for (OrderState state : OrderState.values()) {
            states.add(state.name());
        }
        states.add("ALL");
        return states;
    }

    /** The session's orders, newest first; null when the session is not the caller's. */
    public PagedModel<StaffOrderRow> getOrders() {
        return orderModel;
    }
}
