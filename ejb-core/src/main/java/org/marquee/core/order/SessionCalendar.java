package org.marquee.core.order;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import org.marquee.core.catalog.SessionPlace;

/**
 * The calendar file (iCalendar, RFC 5545) of one order's session: one VEVENT in the venue's time
 * zone, with a VTIMEZONE made from Java's zone rules (the offset changes from a year before the
 * session to a year after, each as its own dated STANDARD or DAYLIGHT part, so no RRULE has to
 * be guessed). Its UID is stable per session and order: importing the file again updates the
 * entry, and a cancelled or refunded order's file cancels it (STATUS:CANCELLED, a higher SEQUENCE).
 */
public final class SessionCalendar {

    static final String CRLF = "\r\n";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private SessionCalendar() {}

    /** The UID of an order's entry: the same for every download of it. */
    public static String uid(long sessionId, long orderId) {
        return "session-" + sessionId + "-order-" + orderId + "@marquee";
    }

    /**
     * The file's text, lines ended by CRLF and folded at 75 octets.
     *
     * @param stamp when the entry was made (the order's payment), its DTSTAMP
     * @param description the lines of the entry's description (booking code, seats)
     * @param url the order's page
     */
    public static String of(
            SessionPlace place,
            long orderId,
            String pnr,
            boolean cancelled,
            Instant stamp,
            List<String> description,
            String url) {
        ZoneId zone = place.timeZone();
        String tzid = zone.getId();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Marquee//Tickets//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.addAll(timeZone(zone, place.startsAt()));
        lines.add("BEGIN:VEVENT");
        lines.add("UID:" + uid(place.sessionId(), orderId));
        lines.add("DTSTAMP:" + UTC.format(stamp.atOffset(ZoneOffset.UTC)));
        lines.add("DTSTART;TZID=" + tzid + ":" + LOCAL.format(place.localStart()));
        lines.add("DTEND;TZID=" + tzid + ":" + LOCAL.format(place.localEnd()));
        lines.add("SUMMARY:" + text(place.eventTitle()));
        lines.add("LOCATION:" + text(place.location()));
        lines.add("DESCRIPTION:" + text(String.join("\n", description)));
        if (url != null) {
            lines.add("URL:" + url);
        }
        lines.add("STATUS:" + (cancelled ? "CANCELLED" : "CONFIRMED"));
        lines.add("SEQUENCE:" + (cancelled ? 1 : 0));
        lines.add("TRANSP:OPAQUE");
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        StringBuilder file = new StringBuilder();
        for (String line : lines) {
            file.append(fold(line)).append(CRLF);
        }
        return file.toString();
    }

    /** The zone's offsets around the session: each change a year either side, or its one fixed offset. */
    static List<String> timeZone(ZoneId zone, Instant around) {
        ZoneRules rules = zone.getRules();
        List<String> lines = new ArrayList<>();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        Instant from = around.minusSeconds(366L * 24 * 3600);
        Instant to = around.plusSeconds(366L * 24 * 3600);
        List<ZoneOffsetTransition> changes = new ArrayList<>();
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && next.getInstant().isBefore(to)) {
            changes.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        if (changes.isEmpty()) {
            ZoneOffset offset = rules.getOffset(around);
            lines.addAll(part("STANDARD", LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset, zone, around));
        } else {
            // The offset in force before the first change, from the start of the window.
            ZoneOffsetTransition first = changes.get(0);
            ZoneOffset before = first.getOffsetBefore();
            lines.addAll(part(
                    rules.isDaylightSavings(from) ? "DAYLIGHT" : "STANDARD",
                    LocalDateTime.ofInstant(from, before),
                    before,
                    before,
                    zone,
                    from));
            for (ZoneOffsetTransition change : changes) {
                String kind = rules.isDaylightSavings(change.getInstant()) ? "DAYLIGHT" : "STANDARD";
                lines.addAll(part(
                        kind,
                        change.getDateTimeBefore(),
                        change.getOffsetBefore(),
                        change.getOffsetAfter(),
                        zone,
                        change.getInstant()));
            }
        }
        lines.add("END:VTIMEZONE");
        return lines;
    }

    private static List<String> part(
            String kind, LocalDateTime start, ZoneOffset from, ZoneOffset to, ZoneId zone, Instant at) {
        String name =
                DateTimeFormatter.ofPattern("zzz", java.util.Locale.ENGLISH).format(at.atZone(zone));
        return List.of(
                "BEGIN:" + kind,
                "DTSTART:" + LOCAL.format(start),
                "TZOFFSETFROM:" + offset(from),
                "TZOFFSETTO:" + offset(to),
                "TZNAME:" + text(name),
                "END:" + kind);
    }

    /** +HHMM or -HHMM (seconds when the zone has them, as RFC 5545 allows). */
    static String offset(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        int abs = Math.abs(total);
        String text = String.format("%s%02d%02d", total < 0 ? "-" : "+", abs / 3600, (abs / 60) % 60);
        return abs % 60 == 0 ? text : text + String.format("%02d", abs % 60);
    }

    /** A TEXT value: backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n");
    }

    /** Folds a content line at 75 octets, never inside a UTF-8 character (RFC 5545, 3.1). */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.toString();
    }
}
