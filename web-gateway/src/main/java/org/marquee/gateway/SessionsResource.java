package org.marquee.gateway;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.SeatAvailability;
import org.marquee.core.inventory.SectionAvailability;
import org.marquee.core.inventory.SessionAvailability;

/** What a session has left: its sections with counts and, unless {@code seats=false}, every seat's state. */
@Path("/sessions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    @EJB
    private Availability availability;

    @GET
    @Path("/{sessionId}/availability")
    public Response availability(
            @PathParam("sessionId") long sessionId, @QueryParam("seats") @DefaultValue("true") boolean withSeats) {
        SessionAvailability session = availability.of(sessionId, withSeats);
        JsonArrayBuilder sections = JsonBuilders.array();
        for (SectionAvailability s : session.sections()) {
            sections.add(JsonBuilders.object()
                    .add("sectionId", s.sectionId())
                    .add("name", s.name())
                    .add("standing", s.standing())
                    .add("capacity", s.capacity())
                    .add("free", s.free())
                    .add("held", s.held())
                    .add("sold", s.sold())
                    .add("soldOut", s.soldOut()));
        }
        JsonArrayBuilder seats = JsonBuilders.array();
        for (SeatAvailability seat : session.seats()) {
            seats.add(JsonBuilders.object()
                    .add("seatId", seat.seatId())
                    .add("sectionId", seat.sectionId())
                    .add("row", seat.rowLabel())
                    .add("number", seat.number())
                    .add("state", seat.state().name()));
        }
        String body = JsonBuilders.object()
                .add("sessionId", session.sessionId())
                .add("at", session.at().toString())
                .add("sections", sections)
                .add("seats", seats)
                .build()
                .toString();
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }
}
