package org.marquee.core.waitingroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AdmittingTest {

    @Test
    void theAdmittedCountGrowsByTheRate() {
        assertEquals(10.0, Admitting.through(0, 1000, 60, Duration.ofSeconds(10)), 1e-9);
        assertEquals(15.0, Admitting.through(5, 1000, 600, Duration.ofSeconds(1)), 1e-9);
        assertEquals(5.5, Admitting.through(5, 1000, 30, Duration.ofSeconds(1)), 1e-9);
    }

    @Test
    void anEmptyRoomSavesUpNothing() {
        assertEquals(3.0, Admitting.through(0, 3, 60, Duration.ofHours(1)), 1e-9, "never past the last place");
        // A surge after the quiet hour: admitted only at the rate from where it stood.
        assertEquals(4.0, Admitting.through(3, 20_000, 60, Duration.ofSeconds(1)), 1e-9);
    }

    @Test
    void itNeverGoesBack() {
        assertEquals(7.0, Admitting.through(7, 5, 60, Duration.ofSeconds(10)), 1e-9);
        assertEquals(7.0, Admitting.through(7, 100, 60, Duration.ZERO), 1e-9);
    }
}
