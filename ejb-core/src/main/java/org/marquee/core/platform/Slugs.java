package org.marquee.core.platform;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs: lower-case ASCII letters, digits and single dashes. */
public final class Slugs {

    private static final Pattern VALID = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");
    private static final int MAX_LENGTH = 120;

    private Slugs() {}

    /** A slug made from any text: accents dropped, everything else that is not a letter or digit a dash. */
    public static String of(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH).replaceAll("-+$", "") : slug;
    }

    /**
     * The slug asked for, or one made from the name when none is given. An asked-for slug that
     * is taken is refused; a made one gets a number appended until it is free.
     */
    public static String choose(String requested, String name, java.util.function.Predicate<String> taken) {
        if (requested != null && !requested.isBlank()) {
            String slug = requested.strip();
            if (!isValid(slug)) {
                throw new InvalidInput("A slug has lower-case letters, digits and single dashes: " + slug);
            }
            if (taken.test(slug)) {
                throw new SlugTaken(slug);
            }
            return slug;
        }
        String base = of(name);
        if (base.isEmpty()) {
            throw new InvalidInput("A name with at least one letter or digit is needed");
        }
        // Leaves room for "-99999"; a cut ending on a dash drops it, or the slug would hold "--".
        String prefix =
                base.substring(0, Math.min(base.length(), MAX_LENGTH - 6)).replaceAll("-+$", "");
        String slug = base;
        for (int n = 2; taken.test(slug); n++) {
            slug = prefix + "-" + n;
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug != null
                && slug.length() <= MAX_LENGTH
                && VALID.matcher(slug).matches();
    }

    public static String require(String slug) {
        if (!isValid(slug)) {
            throw new IllegalArgumentException("Not a valid slug: " + slug);
        }
        return slug;
    }
}
