package org.marquee.core.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.Money;
import org.marquee.core.testing.Ids;
import org.marquee.core.testing.Places;
import org.marquee.core.venue.Section;
import org.marquee.core.venue.Venue;

/** The line a session's history keeps: readable times, status in words (issue 12, item 23). */
class SessionSummaryTest {

    private static final Instant STARTS = Instant.parse("2026-06-12T18:00:00.784512Z");

    private final Venue arena = Places.storedVenue(1, "Arena", "arena");
    private final Section floor =
            Ids.assign(arena.addStandingSection("Floor", 500, Money.ofMinor(3000, "EUR"), Places.SPOT), 10);

    @Test
    void timesAreToTheMinuteInTheVenuesZoneAndTheStatusIsWords() {
        EventSession session = new EventSession(
                new Event(
                        "Summer Tour", "summer-tour", null, new Category("Concerts", "concerts", 1), List.of(), STARTS),
                arena,
                new SessionTimes(STARTS, STARTS.plusSeconds(7200), Instant.parse("2026-03-01T09:00:00.5Z"), STARTS),
                "EUR");
        session.changeStatus(SessionStatus.ON_SALE);
        session.priceSection(floor, Money.ofMinor(3500, "EUR"));

        assertEquals(
                "Summer Tour at Arena, 2026-06-12 20:00 to 22:00 (Europe/Berlin),"
                        + " sales 2026-03-01 10:00 to 2026-06-12 20:00, on sale, prices Floor 35.00 EUR",
                SessionSummary.of(session));
    }
}
