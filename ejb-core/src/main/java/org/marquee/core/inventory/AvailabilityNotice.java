package org.marquee.core.inventory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * One notification of the shared availability channel ({@link AvailabilityChannel}): which node
 * changed what of a session. Only ids travel; whoever receives it reads the states itself, so a
 * late or repeated notice never shows an old state. Text, because PostgreSQL's NOTIFY payload is
 * text and must stay under 8000 bytes: {@code 1;<origin>;<session>;<seat,seat>;<section,section>},
 * or {@code 1;<origin>;<session>;*} when the whole session changed (too many seats for a few
 * payloads).
 */
record AvailabilityNotice(
        String origin, long sessionId, List<Long> seatIds, List<Long> sectionIds, boolean wholeSession) {

    /** Below PostgreSQL's limit of 8000 bytes, with room to spare. */
    static final int MAX_PAYLOAD_BYTES = 7_900;

    /** More payloads than this for one change, and the notice says "the whole session". */
    static final int MAX_PARTS = 8;

    private static final String VERSION = "1";
    private static final String WHOLE = "*";

    AvailabilityNotice {
        seatIds = List.copyOf(seatIds);
        sectionIds = List.copyOf(sectionIds);
    }

    /** The payloads that together announce a change of these seats and sections: one in most cases. */
    static List<String> encode(String origin, long sessionId, Collection<Long> seatIds, Collection<Long> sectionIds) {
        if (!origin.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("An origin is letters, digits and dashes: " + origin);
        }
        String header = VERSION + ";" + origin + ";" + sessionId + ";";
        List<String> parts = new ArrayList<>();
        StringBuilder seats = new StringBuilder();
        StringBuilder sections = new StringBuilder();
        for (long id : seatIds) {
            if (!fits(header, seats, sections, id, true)) {
                parts.add(payload(header, seats, sections));
                seats.setLength(0);
            }
            append(seats, id);
        }
        for (long id : sectionIds) {
            if (!fits(header, seats, sections, id, false)) {
                parts.add(payload(header, seats, sections));
                seats.setLength(0);
                sections.setLength(0);
            }
            append(sections, id);
        }
        if (parts.isEmpty() || seats.length() + sections.length() > 0) {
            parts.add(payload(header, seats, sections));
        }
        return parts.size() > MAX_PARTS ? List.of(header + WHOLE) : parts;
    }

    /** The notice in a payload, or empty if it is not one this version understands. */
    static Optional<AvailabilityNotice> decode(String payload) {
        String[] fields = payload.split(";", -1);
        try {
            if (fields.length == 4 && VERSION.equals(fields[0]) && WHOLE.equals(fields[3])) {
                return Optional.of(
                        new AvailabilityNotice(fields[1], Long.parseLong(fields[2]), List.of(), List.of(), true));
            }
            if (fields.length == 5 && VERSION.equals(fields[0]) && !fields[1].isEmpty()) {
                return Optional.of(new AvailabilityNotice(
                        fields[1], Long.parseLong(fields[2]), ids(fields[3]), ids(fields[4]), false));
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean fits(String header, StringBuilder seats, StringBuilder sections, long id, boolean seat) {
        int length = header.length() + seats.length() + 1 + sections.length();
        StringBuilder list = seat ? seats : sections;
        length += (list.length() == 0 ? 0 : 1) + Long.toString(id).length();
        return length <= MAX_PAYLOAD_BYTES;
    }

    private static void append(StringBuilder list, long id) {
        if (list.length() > 0) {
            list.append(',');
        }
        list.append(id);
    }

    private static String payload(String header, StringBuilder seats, StringBuilder sections) {
        String payload = header + seats + ";" + sections;
        assert payload.getBytes(StandardCharsets.UTF_8).length <= MAX_PAYLOAD_BYTES;
        return payload;
    }

    private static List<Long> ids(String list) {
        if (list.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String id : list.split(",", -1)) {
            ids.add(Long.parseLong(id));
        }
        return ids;
    }
}
