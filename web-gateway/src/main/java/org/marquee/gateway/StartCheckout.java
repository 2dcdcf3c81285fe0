package org.marquee.gateway;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import org.marquee.core.order.Buyer;
import org.marquee.core.order.Orders;
import org.marquee.core.order.SalesClosed;
import org.marquee.core.order.StartedOrder;
import org.marquee.core.platform.NotFound;
import org.marquee.core.waitingroom.WaitingRoomRequired;
import org.marquee.core.waitingroom.WaitingRooms;

/**
 * "Buy tickets" on the public site posts here: starts a PENDING order for the session (the
 * logged-in user's, or a guest's), binds its token to this browser and sends the buyer to the
 * first step, {@code amount.xhtml?order=<id>}. A session that does not sell now is refused with
 * its state, shown on the gateway's home page. A session whose waiting room is on starts an order
 * only for a visitor its room admitted; anyone else is given a place in the room and sent to it
 * ({@code queue.xhtml}).
 */
@WebServlet("/start")
public class StartCheckout extends HttpServlet {

    @EJB
    private Orders orders;

    @EJB
    private WaitingRooms rooms;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long sessionId;
        try {
            sessionId = Long.parseLong(String.valueOf(request.getParameter("session")));
        } catch (NumberFormatException e) {
            response.sendRedirect(request.getContextPath() + "/?refused=NO_SESSION");
            return;
        }
        Principal caller = request.getUserPrincipal();
        try {
            StartedOrder order = orders.start(
                    sessionId,
                    caller == null ? Buyer.guest() : Buyer.user(caller.getName()),
                    QueueCookies.pass(request, sessionId));
            OrderCookies.bind(request, response, order.orderId(), order.token());
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/amount.xhtml?order=" + order.orderId());
        } catch (WaitingRoomRequired e) {
            // The session's waiting room is on: a place in it (the one this browser has, else a
            // new one), then its page, which comes back here with the admission.
            try {
                String ticket = rooms.join(sessionId, QueueCookies.ticket(request, sessionId));
                QueueCookies.keepTicket(request, response, sessionId, ticket);
                response.setHeader("Cache-Control", "no-store");
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + "/queue.xhtml?session=" + sessionId);
            } catch (NotFound gone) {
                response.sendRedirect(request.getContextPath() + "/?refused=NO_SESSION");
            }
        } catch (SalesClosed e) {
            response.sendRedirect(
                    request.getContextPath() + "/?refused=" + e.state().name());
        } catch (NotFound e) {
            response.sendRedirect(request.getContextPath() + "/?refused=NO_SESSION");
        }
    }

    /** A typed or bookmarked address starts nothing: only the page's button does. */
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
