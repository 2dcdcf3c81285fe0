package org.marquee.core.catalog;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.marquee.core.platform.Money;

/**
 * A session in one line, as its audit history keeps it and staff read it: times to the minute
 * in the venue's zone, the status in words, the session's own prices.
 */
final class SessionSummary {

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private SessionSummary() {}

    static String of(EventSession session) {
        ZoneId zone = session.timeZone();
        return session.event().title() + " at " + session.venue().name() + ", "
                + span(session.startsAt(), session.endsAt(), zone) + " (" + zone + "), sales "
                + span(session.salesStart(), session.salesEnd(), zone) + ", "
                + session.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + prices(session);
    }

    /** "2026-06-12 20:00 to 22:00" on one day, both days otherwise. */
    private static String span(Instant from, Instant to, ZoneId zone) {
        var start = from.atZone(zone);
        var end = to.atZone(zone);
        return DAY_AND_TIME.format(start) + " to "
                + (start.toLocalDate().equals(end.toLocalDate()) ? TIME : DAY_AND_TIME).format(end);
    }

    private static String prices(EventSession session) {
        if (session.sectionPrices().isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder(", prices");
        session.venue().sections().stream()
                .filter(section -> session.sectionPrices().containsKey(section.id()))
                .forEach(section -> text.append(' ')
                        .append(section.name())
                        .append(' ')
                        .append(Money.ofMinor(session.sectionPrices().get(section.id()), session.currency())));
        return text.toString();
    }
}
