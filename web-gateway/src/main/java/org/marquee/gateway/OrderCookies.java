package org.marquee.gateway;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Binds an order's secret token to the browser that started it: one HttpOnly cookie per order,
 * sent only to the gateway ({@code /checkout}); no script can read it, and another site cannot
 * make the browser send it with a change (SameSite=Lax: only a plain link from elsewhere carries
 * it, so a buyer coming back from an email still finds the order; every change is a POST, PUT or
 * DELETE). Whoever opens an order's pages or calls its API without it is refused; the id alone
 * is worth nothing.
 */
public final class OrderCookies {

    private static final String PREFIX = "mq_order_";

    /** A day: the hold is far shorter, but the buyer may come back to see what happened. */
    private static final int MAX_AGE_SECONDS = 24 * 60 * 60;

    private OrderCookies() {}

    public static void bind(HttpServletRequest request, HttpServletResponse response, long orderId, String token) {
        keep(request, response, PREFIX + orderId, token);
    }

    /**
     * A day's cookie of the checkout (its order tokens, the waiting room's ticket and admission):
     * for the checkout's path only, out of scripts' reach, sent back on the buyer's own navigation
     * but not on other sites' requests, and over TLS only where the request came over TLS.
     */
    static void keep(HttpServletRequest request, HttpServletResponse response, String name, String value) {
        Cookie cookie = new Cookie(name, value);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(MAX_AGE_SECONDS);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    /** The orders this browser holds a token for, newest (highest id) first. */
    public static List<Long> orderIds(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return List.of();
        }
        return Arrays.stream(cookies)
                .map(Cookie::getName)
                .filter(n -> n.startsWith(PREFIX) && n.length() > PREFIX.length() && n.length() <= PREFIX.length() + 18)
                .map(n -> n.substring(PREFIX.length()))
                .filter(id -> id.chars().allMatch(Character::isDigit))
                .map(Long::valueOf)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
    }

    /** The token this browser holds for the order, if any. */
    public static Optional<String> token(HttpServletRequest request, long orderId) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(c -> (PREFIX + orderId).equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst();
    }
}
