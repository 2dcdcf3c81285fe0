package org.marquee.web.seo;

/** Short plain-text summaries of longer texts, for meta descriptions and previews. */
final class Summaries {

    private static final String ELLIPSIS = "\u2026";

    private Summaries() {}

    /** The text without markup, on one line, cut at the last word that fits in {@code max} characters. */
    static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        String plain = text.replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ").strip();
        if (plain.length() <= max) {
            return plain;
        }
        String cut = plain.substring(0, max - ELLIPSIS.length());
        int space = cut.lastIndexOf(' ');
        if (space > max / 2) {
            cut = cut.substring(0, space);
        }
        return cut.replaceAll("[\\s,;:.\\-]+$", "") + ELLIPSIS;
    }
}
