package org.marquee.web.staff;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.marquee.core.team.Scope;
import org.marquee.core.team.TeamMembership;

/** The caller's teams of the panel's kind, read once per request. */
@RequestScoped
public class MyTeams {

    @EJB
    private Scope scope;

    @Inject
    private StaffPanel staffPanel;

    private List<TeamMembership> teams;

    public List<TeamMembership> all() {
        if (teams == null) {
            teams = scope.teams(staffPanel.kind());
        }
        return teams;
    }
}
