package org.marquee.core.inventory;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marquee.core.venue.FloorPlan;
import org.marquee.core.venue.FloorPlanSvg;
import org.marquee.core.venue.PlanSection;
import org.marquee.core.venue.Venues;

/**
 * A session's seat map: the venue's floor plan drawn by the same renderer as the public venue
 * page, each seat classed by its state for this session (free, held, sold, disabled, or "mine"
 * for the order looking at it). Three queries: the layout, the seats' states, the order's seats.
 */
@Stateless
public class SeatMaps {

    @EJB
    private Venues venues;

    @EJB
    private Availability availability;

    public String svg(long venueId, long sessionId, Long orderId) {
        return svg(venueId, sessionId, orderId, null, null);
    }

    /**
     * The same with the stage drawn in front of the hall and each seat's tooltip, both in the
     * buyer's language (the tooltip a pattern of row {0} and number {1}, as FloorPlanSvg takes it).
     */
    public String svg(long venueId, long sessionId, Long orderId, String stageLabel, String seatTitle) {
        FloorPlan plan = venues.floorPlan(venues.find(venueId));
        Map<String, String> states = new HashMap<>();
        availability
                .of(sessionId, true)
                .seats()
                .forEach(seat -> states.put(
                        String.valueOf(seat.seatId()), seat.state().name().toLowerCase(java.util.Locale.ROOT)));
        Set<String> mine = new HashSet<>();
        if (orderId != null) {
            availability.heldBy(sessionId, orderId).seatIds().forEach(id -> mine.add(String.valueOf(id)));
        }
        List<PlanSection> sections = plan.sections().stream()
                .map(section -> new PlanSection(
                        section.key(),
                        section.name(),
                        section.standing(),
                        section.placement(),
                        section.seats().stream()
                                .map(seat -> seat.withState(
                                        mine.contains(seat.key()) ? "mine" : states.getOrDefault(seat.key(), "sold")))
                                .toList()))
                .toList();
        return FloorPlanSvg.render(new FloorPlan(plan.venueName(), sections), stageLabel, seatTitle);
    }
}
