package org.marquee.web.staff;

import java.util.Collection;
import java.util.List;
import org.marquee.core.team.TeamMembership;

/** Which team the header shows when a page opens something of one of the user's teams. */
final class TeamChoice {

    private TeamChoice() {}

    /**
     * The chosen team if what is opened belongs to it; otherwise the first of the user's teams it
     * belongs to (the user followed a link of another team); otherwise the choice as it was.
     */
    static Long follow(List<TeamMembership> teams, Long chosen, Collection<Long> owners) {
        if (chosen != null && owners.contains(chosen)) {
            return chosen;
        }
        return teams.stream()
                .map(TeamMembership::teamId)
                .filter(owners::contains)
                .findFirst()
                .orElse(chosen);
    }
}
