package org.marquee.web.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.core.team.MemberRole;
import org.marquee.core.team.TeamKind;
import org.marquee.core.team.TeamMembership;

/** The header follows what a page opens (issue 12, item 22). */
class TeamChoiceTest {

    private static final List<TeamMembership> TEAMS = List.of(
            new TeamMembership(TeamKind.VENUE, 1, "Grand Theatre", MemberRole.OWNER),
            new TeamMembership(TeamKind.VENUE, 2, "Arena", MemberRole.MANAGER),
            new TeamMembership(TeamKind.VENUE, 3, "Club", MemberRole.MANAGER));

    @Test
    void aSessionOfAnotherTeamSwitchesTheHeaderToIt() {
        assertEquals(1L, TeamChoice.follow(TEAMS, 2L, List.of(1L)), "chose the Arena, opened a Grand Theatre session");
    }

    @Test
    void aSessionOfTheChosenTeamKeepsIt() {
        assertEquals(
                3L, TeamChoice.follow(TEAMS, 3L, List.of(1L, 3L)), "an artist session of two of the user's artists");
        assertEquals(2L, TeamChoice.follow(TEAMS, 2L, List.of()), "nothing to follow");
    }
}
