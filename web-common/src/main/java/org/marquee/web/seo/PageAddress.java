package org.marquee.web.seo;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marquee.web.language.Languages;

/**
 * The address of a public page as search engines should know it: the site's configured address,
 * the path as requested (the friendly one, before any forward), and only the query parameters
 * that change what the page shows for everyone ({@code page} past the first, {@code lang}, and on
 * {@code /search} the words searched for, spaces tidied); a tracking parameter makes no new page. The two languages are
 * the same page with {@code lang=en} and {@code lang=de}; without it, the visitor's language
 * decides ({@code x-default}).
 */
public record PageAddress(String base, String path, Map<String, String> kept) {

    /** The query parameters a canonical address keeps, in this order. */
    static final List<String> KEPT = List.of("q", "page", "lang");

    private static final String LANG = "lang";

    private static final String SEARCH = "/search";

    private static final int MAX_QUERY = 100;

    /** A language version of the page, for {@code <link rel="alternate" hreflang>}. */
    public record Alternate(String language, String href) {}

    public static PageAddress of(String base, String path, String query) {
        Map<String, String> kept = new LinkedHashMap<>();
        Map<String, String> parameters = parameters(query);
        for (String name : KEPT) {
            String value = parameters.get(name);
            if (value == null || value.isBlank()) {
                continue;
            }
            if ("page".equals(name) && !isPageBeyondTheFirst(value)) {
                continue;
            }
            if ("q".equals(name)) {
                if (!SEARCH.equals(path)) {
                    continue;
                }
                // The search ignores case: one address for "Live" and "live"; a long query is cut.
                value = value.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
                if (value.length() > MAX_QUERY) {
                    value = value.substring(0, MAX_QUERY).strip();
                }
            }
            if (LANG.equals(name) && !Languages.supported(value)) {
                continue;
            }
            kept.put(name, value);
        }
        String cleanBase = base.replaceAll("/+$", "");
        String cleanPath = path == null || path.isEmpty() ? "/" : path;
        if (cleanPath.endsWith("/index.xhtml")) {
            cleanPath = cleanPath.substring(0, cleanPath.length() - "index.xhtml".length());
        }
        return new PageAddress(cleanBase, cleanPath, Map.copyOf(kept));
    }

    /** This page in the language it was asked in (with {@code lang} if the address had it). */
    public String canonical() {
        return href(kept);
    }

    /** Each language's address, then {@code x-default}: the address without a language. */
    public List<Alternate> alternates() {
        List<Alternate> alternates = new ArrayList<>();
        for (String language : Languages.SUPPORTED) {
            Map<String, String> with = new LinkedHashMap<>(withoutLanguage());
            with.put(LANG, language);
            alternates.add(new Alternate(language, href(with)));
        }
        alternates.add(new Alternate("x-default", href(withoutLanguage())));
        return alternates;
    }

    private Map<String, String> withoutLanguage() {
        Map<String, String> without = new LinkedHashMap<>();
        for (String name : KEPT) {
            if (!LANG.equals(name) && kept.containsKey(name)) {
                without.put(name, kept.get(name));
            }
        }
        return without;
    }

    private String href(Map<String, String> parameters) {
        StringBuilder href = new StringBuilder(base).append(path);
        char separator = '?';
        for (String name : KEPT) {
            String value = parameters.get(name);
            if (value != null) {
                href.append(separator)
                        .append(name)
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
                separator = '&';
            }
        }
        return href.toString();
    }

    private static boolean isPageBeyondTheFirst(String value) {
        try {
            return Integer.parseInt(value) > 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query == null) {
            return parameters;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
