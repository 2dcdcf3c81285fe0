package org.marquee.gateway;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.marquee.core.inventory.SeatHold;
import org.marquee.core.order.SeatClaimQueue;
import org.marquee.web.json.JsonViews;

/**
 * get-seat's quick way: {@code PUT /api/orders/<orderId>/seats/<seatId>} is first offered to a
 * group of claims ({@link SeatClaimQueue}: this request's thread waits here, in the servlet, while
 * the container's managed executor runs the group) and, when the group grants it, answered here, as {@link OrdersResource#getSeat} answers, without the JAX-RS dispatch. In an
 * on-sale burst that dispatch cost more server time than the claim itself (docs/benchmarks.md).
 * Everything else, and every claim the group does not grant, goes on to {@link OrdersResource},
 * which decides on the single path and says why it refuses.
 */
@WebFilter(urlPatterns = "/api/orders/*")
public class GetSeatFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final String PREFIX = "/api/orders/";
    private static final String SEATS = "/seats/";

    @Inject
    private SeatClaimQueue groups;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("PUT".equals(request.getMethod())) {
            long[] ids = orderAndSeat(
                    request.getRequestURI().substring(request.getContextPath().length()));
            if (ids != null) {
                String header = request.getHeader(OrdersResource.TOKEN);
                Optional<SeatHold> held = groups.claimTogether(OrdersResource.access(request, ids[0], header), ids[1]);
                if (held.isPresent()) {
                    byte[] body =
                            JsonViews.write(OrdersResource.held(held.get())).getBytes(StandardCharsets.UTF_8);
                    response.setStatus(HttpServletResponse.SC_OK);
                    response.setContentType("application/json");
                    response.setHeader("Cache-Control", "no-store");
                    response.setContentLength(body.length);
                    response.getOutputStream().write(body);
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    /** The order and seat ids of {@code /api/orders/<digits>/seats/<digits>}, or null for any other path. */
    static long[] orderAndSeat(String path) {
        if (!path.startsWith(PREFIX)) {
            return null;
        }
        int slash = path.indexOf('/', PREFIX.length());
        if (slash < 0 || !path.startsWith(SEATS, slash)) {
            return null;
        }
        Long order = id(path, PREFIX.length(), slash);
        Long seat = id(path, slash + SEATS.length(), path.length());
        return order == null || seat == null ? null : new long[] {order, seat};
    }

    private static Long id(String path, int from, int to) {
        if (to - from < 1 || to - from > 18) {
            return null;
        }
        for (int i = from; i < to; i++) {
            if (path.charAt(i) < '0' || path.charAt(i) > '9') {
                return null;
            }
        }
        return Long.parseLong(path, from, to, 10);
    }
}
