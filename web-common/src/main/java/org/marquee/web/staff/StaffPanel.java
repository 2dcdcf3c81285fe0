package org.marquee.web.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.marquee.core.team.TeamKind;
import org.marquee.web.Panel;
import org.marquee.web.PanelName;

/** Which kind of team the running panel serves: the venue panel venues, the artist panel artists. */
@ApplicationScoped
public class StaffPanel {

    @Inject
    private Panel panel;

    public TeamKind kind() {
        return switch (panel.current()) {
            case VENUE -> TeamKind.VENUE;
            case ARTIST -> TeamKind.ARTIST;
            default -> throw new IllegalStateException("Not a staff panel: " + panel.current());
        };
    }

    /** The home of the panel that serves a kind of team. */
    public static String homeOf(TeamKind kind) {
        return (kind == TeamKind.VENUE ? PanelName.VENUE : PanelName.ARTIST).path();
    }
}
