package org.marquee.core.identity;

import java.util.List;
import java.util.Map;

/**
 * A short human description of a browser from its User-Agent header ("Chrome on Linux"), shown in
 * the new-login alert so the owner recognises the device. Only the families that matter to a
 * reader; the order of the checks follows how browsers copy each other's tokens.
 */
public final class UserAgentSummary {

    static final int MAX_LENGTH = 120;

    private static final List<Map.Entry<String, String>> BROWSERS = List.of(
            Map.entry("Edg/", "Edge"),
            Map.entry("OPR/", "Opera"),
            Map.entry("SamsungBrowser/", "Samsung Internet"),
            Map.entry("Firefox/", "Firefox"),
            Map.entry("FxiOS/", "Firefox"),
            Map.entry("CriOS/", "Chrome"),
            Map.entry("Chrome/", "Chrome"),
            Map.entry("Chromium/", "Chromium"),
            Map.entry("Safari/", "Safari"));

    private static final List<Map.Entry<String, String>> SYSTEMS = List.of(
            Map.entry("Android", "Android"),
            Map.entry("iPhone", "iOS"),
            Map.entry("iPad", "iPadOS"),
            Map.entry("Windows", "Windows"),
            Map.entry("Mac OS X", "macOS"),
            Map.entry("CrOS", "ChromeOS"),
            Map.entry("Linux", "Linux"));

    private UserAgentSummary() {}

    public static String of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "Unknown browser";
        }
        String browser = first(BROWSERS, userAgent, "Unknown browser");
        String system = first(SYSTEMS, userAgent, null);
        String summary = system == null ? browser : browser + " on " + system;
        return summary.length() > MAX_LENGTH ? summary.substring(0, MAX_LENGTH) : summary;
    }

    private static String first(List<Map.Entry<String, String>> families, String userAgent, String fallback) {
        return families.stream()
                .filter(family -> userAgent.contains(family.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(fallback);
    }
}
