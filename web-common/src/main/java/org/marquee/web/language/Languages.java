package org.marquee.web.language;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which of our languages a request gets: the remembered choice first, then the browser's. */
public final class Languages {

    /** The languages of the public site and the checkout; the first is the default. */
    public static final List<String> SUPPORTED = List.of("en", "de");

    /** The header's switch remembers the choice here, for the whole host (public site and checkout). */
    public static final String COOKIE = "marquee-lang";

    /** A year: a language is not a session's whim. */
    public static final int COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

    private Languages() {}

    /**
     * The request's language: {@code ?lang=} of the address (each language version of a page has
     * one, for search engines, which send no cookie), else the remembered one, else the browser's.
     */
    public static Locale of(HttpServletRequest request) {
        String asked = asked(request.getQueryString());
        if (asked != null) {
            return Locale.forLanguageTag(asked);
        }
        return Locale.forLanguageTag(language(remembered(request), Collections.list(request.getLocales())));
    }

    /** The supported language a query string asks for with {@code lang=}, or null. */
    static String asked(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("lang=") && supported(pair.substring("lang=".length()))) {
                return pair.substring("lang=".length());
            }
        }
        return null;
    }

    /** The query string without its {@code lang=} parameters (null when nothing else is left). */
    public static String withoutLanguage(String query) {
        if (query == null) {
            return null;
        }
        String rest = Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith("lang=") && !"lang".equals(pair))
                .collect(Collectors.joining("&"));
        return rest.isEmpty() ? null : rest;
    }

    /** The remembered language if it is one of ours, else the first of the browser's that is, else English. */
    static String language(String remembered, List<Locale> browser) {
        if (remembered != null && SUPPORTED.contains(remembered)) {
            return remembered;
        }
        for (Locale locale : browser) {
            if (SUPPORTED.contains(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return SUPPORTED.get(0);
    }

    public static boolean supported(String language) {
        return language != null && SUPPORTED.contains(language);
    }

    /** The switch's cookie: the whole host, a year, sent on top-level navigation from elsewhere too. */
    public static Cookie remember(String language, boolean secure) {
        Cookie cookie = new Cookie(COOKIE, language);
        cookie.setPath("/");
        cookie.setMaxAge(COOKIE_MAX_AGE);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private static String remembered(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return cookie.getValue();
            }
        }
        return null;
    }
}
