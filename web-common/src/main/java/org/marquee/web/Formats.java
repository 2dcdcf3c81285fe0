package org.marquee.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.marquee.core.platform.Money;

/**
 * How pages show money and moments: in the visitor's language, moments in the zone they
 * carry (the venue's), with the zone named so no one is misled.
 */
@Named("formats")
@RequestScoped
public class Formats {

    public String money(Money money) {
        if (money == null) {
            return "";
        }
        return money.format(locale());
    }

    /** "Sat 12 Dec 2026, 19:30 CET"; in German "Sa., 12. Dez. 2026, 19:30 MEZ". */
    public String dateTime(ZonedDateTime moment) {
        return moment == null
                ? ""
                : pattern("EEE d MMM yyyy, HH:mm z", "EEE, d. MMM yyyy, HH:mm z")
                        .format(moment);
    }

    /** A moment of record (created, changed) in UTC, which staff in any zone read alike: "22 Nov 2026, 05:22 UTC". */
    public String instant(Instant moment) {
        return moment == null
                ? ""
                : pattern("d MMM yyyy, HH:mm 'UTC'", "d. MMM yyyy, HH:mm 'UTC'").format(moment.atZone(ZoneOffset.UTC));
    }

    /** "Sat 12 Dec"; in German "Sa., 12. Dez.". */
    public String day(ZonedDateTime moment) {
        return moment == null ? "" : pattern("EEE d MMM", "EEE, d. MMM").format(moment);
    }

    /** "19:30". */
    public String time(ZonedDateTime moment) {
        return moment == null ? "" : formatter("HH:mm", locale()).format(moment);
    }

    /** German writes the day with a point and a comma after the weekday: "Sa., 12. Dez.". */
    static DateTimeFormatter pattern(String english, String german, Locale locale) {
        return formatter("de".equals(locale.getLanguage()) ? german : english, locale);
    }

    /** Formatters are immutable and safe to share; a list of cards asks for the same few many times. */
    private static final java.util.concurrent.ConcurrentMap<String, DateTimeFormatter> FORMATTERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return FORMATTERS.computeIfAbsent(
                pattern + '|' + locale.toLanguageTag(), ignored -> DateTimeFormatter.ofPattern(pattern, locale));
    }

    private static DateTimeFormatter pattern(String english, String german) {
        return pattern(english, german, locale());
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }
}
