package org.marquee.web.staff;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.marquee.core.catalog.StaffSessionRow;
import org.marquee.core.catalog.StaffSessionView;
import org.marquee.core.team.NotInScope;
import org.marquee.core.team.StaffSessions;
import org.marquee.web.Responses;

/**
 * The door page of the venue and artist panels. Without {@code ?session=} it lists the current
 * team's sessions to choose from: today's and the coming ones first (a session counts as today's
 * until six hours after it ended, for late shows), then the latest earlier ones. With it, it hosts
 * the validator (door.js) for that session, which any session outside the caller's scope turns
 * into the 404 page; the scans themselves are checked again by the door's API.
 */
@Named
@ViewScoped
public class DoorPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final Duration LATE_SHOW = Duration.ofHours(6);

    @EJB
    private StaffSessions sessions;

    @Inject
    private StaffPanel staffPanel;

    @Inject
    private CurrentTeam currentTeam;

    private Long session;
    private StaffSessionView view;
    private List<StaffSessionRow> upcoming = List.of();
    private List<StaffSessionRow> earlier = List.of();

    public void load() {
        if (session != null) {
            try {
                view = sessions.details(staffPanel.kind(), session);
                currentTeam.follow(sessions.teamsOf(staffPanel.kind(), session));
            } catch (NotInScope refused) {
                Responses.notFound();
            }
            return;
        }
        Long teamId = currentTeam.getCurrentId();
        if (teamId == null) {
            return;
        }
        var since = Clock.systemUTC().instant().minus(LATE_SHOW);
        upcoming = sessions.forTheDoor(staffPanel.kind(), teamId, since, true, 50);
        earlier = sessions.forTheDoor(staffPanel.kind(), teamId, since, false, 10);
    }

    public Long getSession() {
        return session;
    }

    public void setSession(Long session) {
        this.session = session;
    }

    /** The chosen session, or null on the list. */
    public StaffSessionView getView() {
        return view;
    }

    public List<StaffSessionRow> getUpcoming() {
        return upcoming;
    }

    public List<StaffSessionRow> getEarlier() {
        return earlier;
    }
}
