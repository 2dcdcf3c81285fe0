package org.marquee.web.staff;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.marquee.core.catalog.StaffSessionRow;
import org.marquee.core.team.StaffSessions;
import org.marquee.core.team.TeamKind;
import org.marquee.web.PagedModel;

/** The sessions page: the current team's sessions in a lazy table. */
@Named
@ViewScoped
public class SessionList implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffSessions sessions;

    @Inject
    private StaffPanel staffPanel;

    @Inject
    private CurrentTeam currentTeam;

    private PagedModel<StaffSessionRow> model;

    @PostConstruct
    void init() {
        Long teamId = currentTeam.getCurrentId();
        if (teamId == null) {
            return;
        }
        StaffSessions service = sessions;
        TeamKind kind = staffPanel.kind();
        model = new PagedModel<>(request -> service.page(kind, teamId, request), StaffSessionRow::id);
    }

    public PagedModel<StaffSessionRow> getModel() {
        return model;
    }
}
