package org.marquee.site.orders;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.marquee.core.order.BuyerOrders;
import org.marquee.core.order.OrderLinks;
import org.marquee.core.platform.DomainException;
import org.marquee.web.Messages;
import org.marquee.web.Responses;

/**
 * The calendar file of an order's session: {@code /calendar/order.ics?order=} for the logged-in
 * buyer's own order, with {@code &sig=} for whoever holds the order's signed link. Anything else
 * is a 404 with the refusal's text, the same whether the order exists or not.
 */
@WebServlet(OrderLinks.CALENDAR)
public class OrderCalendarServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private BuyerOrders orders;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long id;
        try {
            id = Long.parseLong(String.valueOf(request.getParameter("order")).strip());
        } catch (NumberFormatException e) {
            refuse(response, "order.link.refused");
            return;
        }
        String calendar;
        try {
            calendar = orders.calendar(id, request.getParameter("sig"));
        } catch (DomainException refused) {
            refuse(response, refused.messageKey());
            return;
        }
        Responses.file(
                response,
                "marquee-order-" + id + ".ics",
                "text/calendar; charset=utf-8",
                calendar.getBytes(StandardCharsets.UTF_8),
                true);
    }

    static void refuse(HttpServletResponse response, String key) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Messages.text(key, ""));
    }
}
