package org.marquee.gateway;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.marquee.core.inventory.Availability;
import org.marquee.core.inventory.SessionAvailability;
import org.marquee.web.json.JsonViews;

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
        String body = JsonViews.write(new ApiAnswers.Availability(
                session.at(),
                session.sessionId(),
                session.sections().stream()
                        .map(s -> new ApiAnswers.Section(
                                s.sectionId(),
                                s.name(),
                                s.standing(),
                                s.capacity(),
                                s.free(),
                                s.held(),
                                s.sold(),
                                s.soldOut()))
                        .toList(),
                session.seats().stream()
                        .map(seat -> new ApiAnswers.Seat(
                                seat.seatId(),
                                seat.sectionId(),
                                seat.rowLabel(),
                                seat.number(),
                                seat.state().name()))
                        .toList()));
        return Response.ok(body).header("Cache-Control", "no-store").build();
    }
}
