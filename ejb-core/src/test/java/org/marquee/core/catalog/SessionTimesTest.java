package org.marquee.core.catalog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTimesTest {

    private static final Instant SALES_START = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant STARTS = Instant.parse("2026-06-12T18:00:00Z");
    private static final Instant ENDS = Instant.parse("2026-06-12T21:00:00Z");

    @Test
    void theTimesAreKeptAsGiven() {
        SessionTimes times = new SessionTimes(STARTS, ENDS, SALES_START, STARTS);

        assertEquals(STARTS, times.startsAt());
        assertEquals(ENDS, times.endsAt());
        assertEquals(SALES_START, times.salesStart());
        assertEquals(STARTS, times.salesEnd());
    }

    @Test
    void aSessionMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new SessionTimes(STARTS, STARTS, SALES_START, STARTS));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SessionTimes(STARTS, STARTS.minusSeconds(1), SALES_START, STARTS.minusSeconds(1)));
    }

    @Test
    void salesMustEndAfterTheyStart() {
        assertThrows(IllegalArgumentException.class, () -> new SessionTimes(STARTS, ENDS, SALES_START, SALES_START));
        assertThrows(
                IllegalArgumentException.class,
                () -> new SessionTimes(STARTS, ENDS, SALES_START, SALES_START.minusSeconds(1)));
    }

    @Test
    void salesMayCloseAtTheStartOrBefore() {
        assertDoesNotThrow(() -> new SessionTimes(STARTS, ENDS, SALES_START, STARTS));
        assertDoesNotThrow(() -> new SessionTimes(STARTS, ENDS, SALES_START, STARTS.minusSeconds(3600)));
    }

    @Test
    void salesCannotGoOnAfterTheSessionStarts() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new SessionTimes(STARTS, ENDS, SALES_START, STARTS.plusSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> new SessionTimes(STARTS, ENDS, SALES_START, ENDS));
    }

    @Test
    void everyTimeIsRequired() {
        assertThrows(NullPointerException.class, () -> new SessionTimes(null, ENDS, SALES_START, STARTS));
        assertThrows(NullPointerException.class, () -> new SessionTimes(STARTS, null, SALES_START, STARTS));
        assertThrows(NullPointerException.class, () -> new SessionTimes(STARTS, ENDS, null, STARTS));
        assertThrows(NullPointerException.class, () -> new SessionTimes(STARTS, ENDS, SALES_START, null));
    }

    @Test
    void sellingUntilStartSellsFromNowUntilTheSessionStarts() {
        Instant now = Instant.parse("2026-04-01T12:00:00Z");

        SessionTimes times = SessionTimes.sellingUntilStart(STARTS, ENDS, now);

        assertEquals(new SessionTimes(STARTS, ENDS, now, STARTS), times);
    }

    @Test
    void sellingUntilStartIsRefusedOnceTheSessionHasStarted() {
        assertThrows(IllegalArgumentException.class, () -> SessionTimes.sellingUntilStart(STARTS, ENDS, STARTS));
        assertThrows(IllegalArgumentException.class, () -> SessionTimes.sellingUntilStart(STARTS, ENDS, ENDS));
    }
}
