package org.marquee.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.order.StaffOrderView;
import org.marquee.core.order.StaffOrders;
import org.marquee.core.team.NotInScope;
import org.marquee.core.team.StaffSessions;
import org.marquee.web.Responses;

/**
 * One order of a session of the user's venues or artists. Any other id, existing or not, is the
 * 404 page: the service refuses it and the page shows nothing of it.
 */
@Named
@ViewScoped
public class OrderDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffOrders orders;

    @Inject
    private StaffPanel staffPanel;

    @Inject
    private CurrentTeam currentTeam;

    @EJB
    private StaffSessions sessions;

    @Inject
    private VenueRefunds refunds;

    private Long id;
    private StaffOrderView view;

    public void load() {
        if (id == null) {
            Responses.notFound();
            return;
        }
        try {
            view = orders.details(staffPanel.kind(), id);
            currentTeam.follow(sessions.teamsOf(staffPanel.kind(), view.sessionId()));
            refunds.load(id);
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

    public StaffOrderView getView() {
        return view;
    }
}
