package org.marquee.core.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class AvailabilityNoticeTest {

    private static final String ORIGIN = "3f2a9c1e-0b7d-4e55-9a41-8c2d6e0f1a2b";

    @Test
    void aSmallChangeIsOnePayloadThatReadsBack() {
        List<String> payloads = AvailabilityNotice.encode(ORIGIN, 42, List.of(7L, 9L), List.of(3L));

        assertEquals(List.of("1;" + ORIGIN + ";42;7,9;3"), payloads);
        assertEquals(
                Optional.of(new AvailabilityNotice(ORIGIN, 42, List.of(7L, 9L), List.of(3L), false)),
                AvailabilityNotice.decode(payloads.get(0)));
    }

    @Test
    void seatsOnlyOrSectionsOnlyLeaveTheOtherListEmpty() {
        AvailabilityNotice seats = decodeOne(AvailabilityNotice.encode(ORIGIN, 5, List.of(11L), List.of()));
        AvailabilityNotice sections = decodeOne(AvailabilityNotice.encode(ORIGIN, 5, List.of(), List.of(2L, 4L)));
        AvailabilityNotice nothing = decodeOne(AvailabilityNotice.encode(ORIGIN, 5, List.of(), List.of()));

        assertEquals(List.of(11L), seats.seatIds());
        assertEquals(List.of(), seats.sectionIds());
        assertEquals(List.of(), sections.seatIds());
        assertEquals(List.of(2L, 4L), sections.sectionIds());
        assertEquals(5, nothing.sessionId());
        assertTrue(nothing.seatIds().isEmpty() && nothing.sectionIds().isEmpty() && !nothing.wholeSession());
    }

    @Test
    void manySeatsAreSplitIntoPayloadsUnderTheLimitThatTogetherCarryEveryId() {
        List<Long> seatIds =
                LongStream.rangeClosed(1_000_000, 1_002_999).boxed().toList();
        List<Long> sectionIds = List.of(77L, 78L);

        List<String> payloads = AvailabilityNotice.encode(ORIGIN, 9_000_000_001L, seatIds, sectionIds);

        assertTrue(payloads.size() > 1, "3,000 eight-digit ids do not fit 8000 bytes");
        assertTrue(payloads.size() <= AvailabilityNotice.MAX_PARTS);
        List<Long> seatsBack = new ArrayList<>();
        List<Long> sectionsBack = new ArrayList<>();
        for (String payload : payloads) {
            assertTrue(payload.getBytes(StandardCharsets.UTF_8).length <= AvailabilityNotice.MAX_PAYLOAD_BYTES);
            assertTrue(payload.getBytes(StandardCharsets.UTF_8).length < 8000, "PostgreSQL's NOTIFY limit");
            AvailabilityNotice notice = AvailabilityNotice.decode(payload).orElseThrow();
            assertEquals(ORIGIN, notice.origin());
            assertEquals(9_000_000_001L, notice.sessionId());
            assertFalse(notice.wholeSession());
            seatsBack.addAll(notice.seatIds());
            sectionsBack.addAll(notice.sectionIds());
        }
        assertEquals(seatIds, seatsBack);
        assertEquals(sectionIds, sectionsBack);
    }

    @Test
    void aPayloadIsFilledUpToTheLimitBeforeTheNextOneStarts() {
        List<Long> seatIds =
                LongStream.rangeClosed(1_000_000, 1_002_999).boxed().toList();

        List<String> payloads = AvailabilityNotice.encode(ORIGIN, 1, seatIds, List.of());

        for (String payload : payloads.subList(0, payloads.size() - 1)) {
            assertTrue(payload.length() > AvailabilityNotice.MAX_PAYLOAD_BYTES - 8, "full: " + payload.length());
        }
    }

    @Test
    void tooManySeatsForAFewPayloadsSayTheWholeSessionChanged() {
        List<Long> seatIds = LongStream.range(1_000_000, 1_010_000).boxed().toList();

        List<String> payloads = AvailabilityNotice.encode(ORIGIN, 12, seatIds, List.of(1L));

        assertEquals(List.of("1;" + ORIGIN + ";12;*"), payloads);
        assertEquals(
                Optional.of(new AvailabilityNotice(ORIGIN, 12, List.of(), List.of(), true)),
                AvailabilityNotice.decode(payloads.get(0)));
    }

    @Test
    void whatThisVersionCannotReadIsNoNotice() {
        for (String payload : List.of(
                "",
                "hello",
                "2;" + ORIGIN + ";1;2;3",
                "1;" + ORIGIN + ";x;2;3",
                "1;" + ORIGIN + ";1;2,y;3",
                "1;" + ORIGIN + ";1;2",
                "1;;1;2;3",
                "1;" + ORIGIN + ";1;2;3;4")) {
            assertEquals(Optional.empty(), AvailabilityNotice.decode(payload), payload);
        }
    }

    @Test
    void anOriginCannotBreakTheFormat() {
        assertThrows(IllegalArgumentException.class, () -> AvailabilityNotice.encode("a;b", 1, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> AvailabilityNotice.encode("", 1, List.of(), List.of()));
    }

    private static AvailabilityNotice decodeOne(List<String> payloads) {
        assertEquals(1, payloads.size());
        return AvailabilityNotice.decode(payloads.get(0)).orElseThrow();
    }

    @Test
    void everyIdComesBackWhenTheSectionsStartANewPayload() {
        // Seats that fit one payload by themselves, and sections that no longer all fit beside them.
        List<Long> sections = List.of(11L, 12L, 13L);
        List<Long> seats = new ArrayList<>();
        long id = 1_000_000;
        while (AvailabilityNotice.encode("node-1", 42, seats, sections).size() < 2) {
            assertTrue(seats.size() < 2_000, "a payload holds fewer than 2,000 ids");
            seats.add(id++);
        }
        assertEquals(
                1, AvailabilityNotice.encode("node-1", 42, seats, List.of()).size());
        assertReadsBack(seats, sections, AvailabilityNotice.encode("node-1", 42, seats, sections));
    }

    @Test
    void payloadsAreFilledToTheLimitAndCarryEveryIdWhateverTheirLengths() {
        java.util.Random random = new java.util.Random(20261206);
        for (int round = 0; round < 300; round++) {
            List<Long> seats = new ArrayList<>();
            List<Long> sections = new ArrayList<>();
            int seatCount = random.nextInt(3_000);
            int sectionCount = random.nextInt(round % 3 == 0 ? 1_500 : 40);
            for (int i = 0; i < seatCount; i++) {
                seats.add((long) Math.pow(10, random.nextInt(12)) + random.nextInt(1_000));
            }
            for (int i = 0; i < sectionCount; i++) {
                sections.add((long) Math.pow(10, random.nextInt(9)) + random.nextInt(1_000));
            }
            List<String> payloads = AvailabilityNotice.encode("node-" + round, round, seats, sections);
            if (payloads.size() == 1
                    && AvailabilityNotice.decode(payloads.get(0)).orElseThrow().wholeSession()) {
                continue;
            }
            assertReadsBack(seats, sections, payloads);
            for (int i = 0; i + 1 < payloads.size(); i++) {
                AvailabilityNotice here =
                        AvailabilityNotice.decode(payloads.get(i)).orElseThrow();
                AvailabilityNotice next =
                        AvailabilityNotice.decode(payloads.get(i + 1)).orElseThrow();
                boolean seat = !next.seatIds().isEmpty();
                long first = seat ? next.seatIds().get(0) : next.sectionIds().get(0);
                List<Long> list = seat ? here.seatIds() : here.sectionIds();
                int cost = (list.isEmpty() ? 0 : 1) + Long.toString(first).length();
                assertTrue(
                        payloads.get(i).length() + cost > AvailabilityNotice.MAX_PAYLOAD_BYTES,
                        "payload " + i + " of round " + round + " had room for the next id");
            }
        }
    }

    private static void assertReadsBack(List<Long> seats, List<Long> sections, List<String> payloads) {
        List<Long> seatsBack = new ArrayList<>();
        List<Long> sectionsBack = new ArrayList<>();
        for (String payload : payloads) {
            assertTrue(payload.getBytes(StandardCharsets.UTF_8).length <= AvailabilityNotice.MAX_PAYLOAD_BYTES);
            AvailabilityNotice notice = AvailabilityNotice.decode(payload).orElseThrow();
            seatsBack.addAll(notice.seatIds());
            sectionsBack.addAll(notice.sectionIds());
        }
        assertEquals(seats, seatsBack);
        assertEquals(sections, sectionsBack);
    }

    @Test
    void aPayloadOfExactlyTheLimitIsNotSplit() {
        String header = "1;n;1;";
        // Seven-digit ids with commas: find a count whose payload is exactly the limit.
        int free = AvailabilityNotice.MAX_PAYLOAD_BYTES - header.length() - 1; // the ';' before sections
        List<Long> seats = new ArrayList<>();
        long id = 1_000_000;
        int used = 0;
        while (used + (seats.isEmpty() ? 7 : 8) <= free) {
            used += seats.isEmpty() ? 7 : 8;
            seats.add(id++);
        }
        // Pad the last id so that the payload is exactly the limit.
        int missing = free - used;
        if (missing > 0) {
            long last = seats.remove(seats.size() - 1);
            seats.add(Long.parseLong(last + "9".repeat(missing)));
        }
        List<String> payloads = AvailabilityNotice.encode("n", 1, seats, List.of());
        assertEquals(1, payloads.size());
        assertEquals(AvailabilityNotice.MAX_PAYLOAD_BYTES, payloads.get(0).length());
        List<Long> oneMore = new ArrayList<>(seats);
        oneMore.add(1L);
        assertEquals(2, AvailabilityNotice.encode("n", 1, oneMore, List.of()).size());
    }

    @Test
    void asManyPayloadsAsAllowedAreSentBeforeTheWholeSessionIsSaid() {
        List<Long> seats = new ArrayList<>();
        long id = 1_000_000;
        // About 980 seven-digit ids fill a payload: add a hundred at a time until the last allowed one starts.
        while (AvailabilityNotice.encode("n", 1, seats, List.of()).size() < AvailabilityNotice.MAX_PARTS) {
            assertTrue(seats.size() < 20_000, "eight payloads hold fewer than 20,000 ids");
            for (int i = 0; i < 100; i++) {
                seats.add(id++);
            }
        }
        List<String> atTheLimit = AvailabilityNotice.encode("n", 1, seats, List.of());
        assertEquals(AvailabilityNotice.MAX_PARTS, atTheLimit.size());
        assertFalse(AvailabilityNotice.decode(atTheLimit.get(0)).orElseThrow().wholeSession());
    }
}
