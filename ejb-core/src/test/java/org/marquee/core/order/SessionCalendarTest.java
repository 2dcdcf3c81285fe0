package org.marquee.core.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.core.catalog.SessionPlace;

class SessionCalendarTest {

    private static final Instant START = Instant.parse("2026-07-10T18:30:00Z");

    private static SessionPlace place(String zone, String title) {
        return new SessionPlace(
                7,
                title,
                "slug",
                "Olympia; Hall",
                "Spreeweg 1",
                "Berlin",
                ZoneId.of(zone),
                START,
                START.plusSeconds(7200),
                false);
    }

    private static List<String> unfold(String file) {
        return List.of(file.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void anEventInTheVenuesZoneWithItsOffsetsAroundIt() {
        String file = SessionCalendar.of(
                place("Europe/Berlin", "Summer, Night"),
                42,
                "ABC123",
                false,
                Instant.parse("2026-06-01T10:00:00Z"),
                List.of("Booking code ABC123", "Stalls, row A, seat 3"),
                "https://tickets.example.com/order.xhtml?order=42&sig=x");
        List<String> lines = unfold(file);

        assertTrue(lines.contains("DTSTART;TZID=Europe/Berlin:20260710T203000"), "20:30 summer time");
        assertTrue(lines.contains("DTEND;TZID=Europe/Berlin:20260710T223000"));
        assertTrue(lines.contains("UID:session-7-order-42@marquee"));
        assertTrue(lines.contains("DTSTAMP:20260601T100000Z"));
        assertTrue(lines.contains("SUMMARY:Summer\\, Night"), "commas escaped");
        assertTrue(lines.contains("LOCATION:Olympia\\; Hall\\, Spreeweg 1\\, Berlin"));
        assertTrue(lines.contains("DESCRIPTION:Booking code ABC123\\nStalls\\, row A\\, seat 3"));
        assertTrue(lines.contains("STATUS:CONFIRMED"));
        // The changes of 2025-10, 2026-03 and 2026-10 and 2027-03 lie within a year either side.
        assertTrue(lines.contains("DTSTART:20260329T020000"), "spring forward at 02:00 local");
        assertTrue(lines.contains("DTSTART:20261025T030000"), "fall back at 03:00 local");
        assertTrue(lines.contains("TZOFFSETFROM:+0100") && lines.contains("TZOFFSETTO:+0200"));
        assertTrue(lines.contains("TZNAME:CEST") && lines.contains("TZNAME:CET"));
        assertEquals(
                lines.stream().filter(l -> l.startsWith("BEGIN:")).count(),
                lines.stream().filter(l -> l.startsWith("END:")).count(),
                "every part closed");
    }

    @Test
    void aZoneWithoutChangesHasOneFixedOffset() {
        List<String> lines =
                unfold(SessionCalendar.of(place("Asia/Kolkata", "Mumbai"), 1, "P", true, START, List.of("x"), null));
        assertTrue(lines.contains("TZOFFSETTO:+0530"));
        assertEquals(1, lines.stream().filter(l -> l.equals("BEGIN:STANDARD")).count());
        assertTrue(
                lines.contains("STATUS:CANCELLED") && lines.contains("SEQUENCE:1"), "a void order cancels the entry");
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("URL:")));
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingACharacter() {
        String title = "Ünïcödé ".repeat(30);
        String file = SessionCalendar.of(place("Europe/Berlin", title), 1, "P", false, START, List.of("x"), null);
        for (String line : file.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
        assertTrue(unfold(file).contains("SUMMARY:" + title));
        assertTrue(file.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void offsetsWithSecondsAndNegativeOnes() {
        assertEquals("-0330", SessionCalendar.offset(java.time.ZoneOffset.ofHoursMinutes(-3, -30)));
        assertEquals("+001530", SessionCalendar.offset(java.time.ZoneOffset.ofHoursMinutesSeconds(0, 15, 30)));
    }

    @Test
    void aZoneWithoutOffsetIsPlusZeroAndEachPartNamesItsKind() {
        assertEquals("+0000", SessionCalendar.offset(java.time.ZoneOffset.UTC));
        // A session in July: the window opens in summer, then winter comes and summer again.
        List<String> lines = SessionCalendar.timeZone(
                java.time.ZoneId.of("Europe/Lisbon"), java.time.Instant.parse("2026-07-01T20:00:00Z"));
        List<String> kinds = lines.stream()
                .filter(l -> l.equals("BEGIN:DAYLIGHT") || l.equals("BEGIN:STANDARD"))
                .toList();
        assertEquals(
                List.of("BEGIN:DAYLIGHT", "BEGIN:STANDARD", "BEGIN:DAYLIGHT", "BEGIN:STANDARD", "BEGIN:DAYLIGHT"),
                kinds);
        int firstSummer = lines.indexOf("BEGIN:DAYLIGHT");
        assertEquals("TZOFFSETTO:+0100", lines.get(firstSummer + 3), "summer time in Lisbon is UTC+1");
        int firstWinter = lines.indexOf("BEGIN:STANDARD");
        assertEquals("TZOFFSETTO:+0000", lines.get(firstWinter + 3));
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        String exact = "X".repeat(75);
        assertEquals(exact, SessionCalendar.fold(exact));
        assertEquals("X".repeat(75) + "\r\n X", SessionCalendar.fold("X".repeat(76)));
    }
}
