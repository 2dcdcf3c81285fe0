package org.marquee.web.staff;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.marquee.core.team.TeamMembership;

/**
 * The venue or artist the user is working on, chosen in the switcher and remembered for the
 * session. Only a choice of what to show: the services check every request against the user's
 * memberships, so a stale or forged choice reaches nothing. A team the user no longer belongs to
 * falls back to their first.
 */
@Named
@SessionScoped
public class CurrentTeam implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MyTeams myTeams;

    private Long selectedId;

    public List<TeamMembership> getTeams() {
        return myTeams.all();
    }

    /** The chosen team, or the first one, or null for someone who belongs to none. */
    public TeamMembership getCurrent() {
        List<TeamMembership> teams = myTeams.all();
        return teams.stream()
                .filter(team -> selectedId != null && team.teamId() == selectedId)
                .findFirst()
                .orElse(teams.isEmpty() ? null : teams.get(0));
    }

    public Long getCurrentId() {
        TeamMembership current = getCurrent();
        return current == null ? null : current.teamId();
    }

    public boolean isOwner() {
        TeamMembership current = getCurrent();
        return current != null && current.isOwner();
    }

    public void select(long teamId) {
        selectedId = teamId;
    }

    /**
     * A page opened a session or order of these teams (a link, a bookmark, another tab): the
     * header follows it, so that it never names another venue or artist than the one shown.
     */
    public void follow(Collection<Long> owners) {
        selectedId = TeamChoice.follow(myTeams.all(), getCurrentId(), owners);
    }

    public Long getSelectedId() {
        return getCurrentId();
    }

    /** A page opened without {@code ?team=} keeps the choice (an absent view parameter arrives as null). */
    public void setSelectedId(Long selectedId) {
        if (selectedId != null) {
            this.selectedId = selectedId;
        }
    }

    /** After a choice in the switcher: the same page for the new team (a session page goes back to the list). */
    public void switched() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        String view = faces.getViewRoot().getViewId();
        String page = "/session.xhtml".equals(view) || "/invitation.xhtml".equals(view)
                ? "/sessions.xhtml"
                : "/door-links.xhtml".equals(view) ? "/door.xhtml" : view;
        external.redirect(external.getRequestContextPath() + page);
    }
}
