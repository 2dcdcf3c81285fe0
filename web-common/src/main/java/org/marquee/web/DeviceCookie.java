package org.marquee.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Optional;
import org.marquee.core.identity.KnownDevices;
import org.marquee.core.identity.Secrets;

/**
 * The long-lived cookie that lets a browser be recognised at its next login, so its owner is not
 * alerted about it again. It holds a random secret (the server keeps its hash) and nothing else;
 * only the login sets it.
 */
public final class DeviceCookie {

    static final String NAME = "MARQUEE_DEVICE";

    private DeviceCookie() {}

    /** The secret the browser sent, or a new one for a browser that has none (or a mangled one). */
    public static String secretOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return Optional.ofNullable(cookies).stream()
                .flatMap(Arrays::stream)
                .filter(cookie -> NAME.equals(cookie.getName()))
                .map(Cookie::getValue)
                .filter(Secrets::isWellFormed)
                .findFirst()
                .orElseGet(Secrets::generate);
    }

    /** Sets the cookie for as long as the server remembers devices, or renews it. */
    public static void remember(HttpServletRequest request, HttpServletResponse response, String secret) {
        Cookie cookie = new Cookie(NAME, secret);
        cookie.setPath("/");
        cookie.setMaxAge((int) KnownDevices.REMEMBERED.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
