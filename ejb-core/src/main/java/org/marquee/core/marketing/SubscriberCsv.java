package org.marquee.core.marketing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The subscriber list as CSV (RFC 4180: comma-separated, double quotes around fields that need
 * them). An import file has the address in its first column and optionally the language ("en" or
 * "de") in the second; a first line starting with "email" is a header. Semicolons separate too,
 * as spreadsheets in many countries write them.
 */
public final class SubscriberCsv {

    public static final String HEADER = "email,language,status,source,opted_in_at,confirmed_at,unsubscribed_at";

    /** An import holds at most this many lines. */
    public static final int MAX_LINES = 50_000;

    private SubscriberCsv() {}

    /** One line of the export; a value that could start a formula in a spreadsheet is quoted as text. */
    public static String line(SubscriberRow row) {
        return String.join(
                ",",
                field(row.email()),
                row.language(),
                row.status().name(),
                row.source().name(),
                time(row.optedInAt()),
                time(row.confirmedAt()),
                time(row.unsubscribedAt()));
    }

    /** The lines of an import, each split into its fields. */
    public static List<List<String>> parse(String content) {
        List<List<String>> lines = new ArrayList<>();
        if (content == null) {
            return lines;
        }
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        for (String raw : text.split("\r\n|\n|\r", -1)) {
            lines.add(fields(raw));
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).stream().allMatch(String::isBlank)) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** Whether the first line is a header rather than an address. */
    public static boolean isHeader(List<String> fields) {
        return !fields.isEmpty()
                && fields.get(0).strip().toLowerCase(Locale.ROOT).startsWith("email");
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == ';') {
                fields.add(field.toString().strip());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }

    private static String field(String value) {
        boolean formula = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
        if (formula || value.contains(",") || value.contains("\"") || value.contains(";")) {
            return "\"" + (formula ? "'" : "") + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
