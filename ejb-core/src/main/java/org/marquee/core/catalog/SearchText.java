package org.marquee.core.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a visitor typed into the search box, as the catalog matches it: lower case, accents off
 * ("São Paulo" and "Sao Paulo" are the same), split into words that must each be found (in any of
 * the names searched). The names are folded the same way by the database: the columns
 * {@code search_title} and {@code search_name} of events, artists, categories, venues and cities
 * are generated as {@code translate(lower(name), ACCENTED, PLAIN)} with the letters this class
 * strips (migration V52, on PostgreSQL and H2 alike), so both sides agree.
 */
final class SearchText {

    /** More words than this are ignored: a sentence pasted into the box still answers quickly. */
    static final int MAX_WORDS = 5;

    static final String ACCENTED;
    static final String PLAIN;

    static {
        StringBuilder accented = new StringBuilder();
        StringBuilder plain = new StringBuilder();
        for (char c = '\u00c0'; c <= '\u024f'; c++) {
            String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
            String base = strip(lower);
            if (lower.length() == 1
                    && Character.isLetter(lower.charAt(0))
                    && base.length() == 1
                    && base.charAt(0) >= 'a'
                    && base.charAt(0) <= 'z'
                    && accented.indexOf(lower) < 0) {
                accented.append(lower);
                plain.append(base);
            }
        }
        ACCENTED = accented.toString();
        PLAIN = plain.toString();
    }

    private SearchText() {}

    /** The words of a typed text, folded; none for a blank one. */
    static List<String> words(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return Arrays.stream(fold(typed).split("\\s+"))
                .filter(word -> !word.isEmpty())
                .distinct()
                .limit(MAX_WORDS)
                .toList();
    }

    static String fold(String text) {
        return strip(text.strip().toLowerCase(Locale.ROOT));
    }

    private static String strip(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
