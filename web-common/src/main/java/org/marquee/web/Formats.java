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

    /** "Sat 12 Dec 2026, 19:30 CET". */
    public String dateTime(ZonedDateTime moment) {
        return moment == null
                ? ""
                : DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm z", locale())
                        .format(moment);
    }

    /** A moment of record (created, changed) in UTC, which staff in any zone read alike: "22 Nov 2026, 05:22 UTC". */
    public String instant(Instant moment) {
        return moment == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", locale())
                        .format(moment.atZone(ZoneOffset.UTC));
    }

    /** "Sat 12 Dec". */
    public String day(ZonedDateTime moment) {
        return moment == null
                ? ""
                : DateTimeFormatter.ofPattern("EEE d MMM", locale()).format(moment);
    }

    /** "19:30". */
    public String time(ZonedDateTime moment) {
        return moment == null
                ? ""
                : DateTimeFormatter.ofPattern("HH:mm", locale()).format(moment);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null
                ? Locale.ENGLISH
                : faces.getViewRoot().getLocale();
    }
}
