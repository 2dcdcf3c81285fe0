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

/**
 * "Buy tickets" on the public site posts here: starts a PENDING order for the session (the
 * logged-in user's, or a guest's), binds its token to this browser and sends the buyer to the
 * first step, {@code amount.xhtml?order=<id>}. A session that does not sell now is refused with
 * its state, shown on the gateway's home page.
 */
@WebServlet("/start")
public class StartCheckout extends HttpServlet {

    @EJB
    private Orders orders;

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
            StartedOrder order = orders.start(sessionId, caller == null ? Buyer.guest() : Buyer.user(caller.getName()));
            OrderCookies.bind(request, response, order.orderId(), order.token());
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + "/amount.xhtml?order=" + order.orderId());
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
