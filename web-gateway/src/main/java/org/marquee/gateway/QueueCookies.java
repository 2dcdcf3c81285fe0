package org.marquee.gateway;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.marquee.core.order.QueuePass;

/**
 * A visitor's place in a session's waiting room and the admission it earned, as two HttpOnly
 * cookies sent only to the gateway, one pair per session: no script reads them, and the
 * admission is worth nothing without the ticket beside it. API clients that keep no cookies send
 * the same values as the headers {@link #TICKET_HEADER} and {@link #ADMISSION_HEADER}.
 */
public final class QueueCookies {

    public static final String TICKET_HEADER = "Marquee-Queue-Ticket";
    public static final String ADMISSION_HEADER = "Marquee-Admission";

    private static final String TICKET = "mq_queue_";
    private static final String ADMISSION = "mq_admit_";

    private QueueCookies() {}

    /** The ticket and admission this browser or client brings for the session. */
    public static QueuePass pass(HttpServletRequest request, long sessionId) {
        return new QueuePass(ticket(request, sessionId), value(request, ADMISSION + sessionId, ADMISSION_HEADER));
    }

    public static String ticket(HttpServletRequest request, long sessionId) {
        return value(request, TICKET + sessionId, TICKET_HEADER);
    }

    public static void keepTicket(
            HttpServletRequest request, HttpServletResponse response, long sessionId, String ticket) {
        add(request, response, TICKET + sessionId, ticket);
    }

    public static void keepAdmission(
            HttpServletRequest request, HttpServletResponse response, long sessionId, String admission) {
        add(request, response, ADMISSION + sessionId, admission);
    }

    private static String value(HttpServletRequest request, String cookie, String header) {
        String given = request.getHeader(header);
        if (given != null) {
            return given;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies)
                .filter(c -> cookie.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .orElse(null);
    }

    /** Kept a day, like an order's token: an admission runs out far sooner by its own signature. */
    private static void add(HttpServletRequest request, HttpServletResponse response, String name, String value) {
        OrderCookies.keep(request, response, name, value);
    }
}
