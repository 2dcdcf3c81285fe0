package org.marquee.gateway;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.marquee.core.waitingroom.QueueStatus;
import org.marquee.core.waitingroom.WaitingRooms;
import org.marquee.web.json.JsonViews;

/**
 * A session's waiting room for the queue page's script and for API clients. {@code POST} takes a
 * place (or keeps the one the ticket has) and answers with the ticket; {@code GET} says where the
 * ticket stands and, once admitted, gives the admission, also as a cookie, with which {@code POST
 * /api/orders} and the checkout's start accept the visitor. A session without a room on is 404.
 */
@Path("/queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    @EJB
    private WaitingRooms rooms;

    @Context
    private HttpServletRequest request;

    @Context
    private HttpServletResponse response;

    @POST
    @Path("/{sessionId}")
    public Response join(@PathParam("sessionId") long sessionId) {
        String ticket = rooms.join(sessionId, QueueCookies.ticket(request, sessionId));
        QueueCookies.keepTicket(request, response, sessionId, ticket);
        return answer(sessionId, ticket, rooms.status(sessionId, ticket));
    }

    @GET
    @Path("/{sessionId}")
    public Response status(@PathParam("sessionId") long sessionId) {
        String ticket = QueueCookies.ticket(request, sessionId);
        QueueStatus status = rooms.status(sessionId, ticket);
        if (status.admission() != null) {
            QueueCookies.keepAdmission(request, response, sessionId, status.admission());
        }
        return answer(sessionId, null, status);
    }

    private static Response answer(long sessionId, String ticket, QueueStatus status) {
        return Response.ok(JsonViews.write(new ApiAnswers.QueuePlace(
                        sessionId,
                        status.state().name(),
                        status.position(),
                        status.ahead(),
                        status.waitSeconds(),
                        status.salesStart(),
                        ticket,
                        status.admission(),
                        status.admissionExpires())))
                .header("Cache-Control", "no-store")
                .build();
    }
}
