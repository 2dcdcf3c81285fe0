package org.marquee.core.reporting;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The attendee list as CSV (RFC 4180, UTF-8, CRLF), one line per seat or standing place: name,
 * email, PNR, section, row, seat (the number, or "standing"), the order's time in the venue's zone
 * (ISO 8601 with its offset), and {@code checked_in_at} only when the platform records check-ins
 * ({@link CheckInFigures#recorded()}). A value that a spreadsheet would run as a formula is quoted
 * as text.
 */
public final class AttendeeCsv {

    static final String HEADER = "name,email,pnr,section,row,seat,ordered_at";
    static final String CHECKED_IN = ",checked_in_at";
    static final String STANDING = "standing";

    private AttendeeCsv() {}

    static String of(List<AttendeeRow> rows, ZoneId zone, boolean withCheckIns) {
        StringBuilder csv =
                new StringBuilder(HEADER).append(withCheckIns ? CHECKED_IN : "").append("\r\n");
        for (AttendeeRow row : rows) {
            csv.append(field(row.name()))
                    .append(',')
                    .append(field(row.email()))
                    .append(',')
                    .append(field(row.pnr()))
                    .append(',')
                    .append(field(row.section()))
                    .append(',')
                    .append(row.standing() ? "" : field(row.row()))
                    .append(',')
                    .append(row.standing() ? STANDING : String.valueOf(row.seat()))
                    .append(',')
                    .append(time(row.orderedAt(), zone));
            if (withCheckIns) {
                csv.append(',').append(time(row.checkedInAt(), zone));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean formula = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
        if (formula || value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + (formula ? "'" : "") + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static String time(java.time.Instant at, ZoneId zone) {
        return at == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atZone(zone));
    }
}
