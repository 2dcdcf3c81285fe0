package org.marquee.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboxSettingsTest {

    @Test
    void defaultsWithoutEnvironment() {
        OutboxSettings settings = OutboxSettings.from(name -> null);

        assertEquals(Duration.ofSeconds(2), settings.pollInterval());
        assertEquals(Duration.ofSeconds(60), settings.retryPolicy().base());
        assertEquals(Duration.ofHours(1), settings.retryPolicy().cap());
        assertEquals(10, settings.retryPolicy().maxAttempts());
    }

    @Test
    void valuesFromTheEnvironment() {
        Map<String, String> environment = Map.of(
                "MARQUEE_OUTBOX_POLL_MILLIS", "500",
                "MARQUEE_OUTBOX_RETRY_SECONDS", " 1 ",
                "MARQUEE_OUTBOX_MAX_ATTEMPTS", "5");

        OutboxSettings settings = OutboxSettings.from(environment::get);

        assertEquals(Duration.ofMillis(500), settings.pollInterval());
        assertEquals(Duration.ofSeconds(1), settings.retryPolicy().base());
        assertEquals(5, settings.retryPolicy().maxAttempts());
    }

    @Test
    void nonsenseKeepsTheDefaults() {
        Map<String, String> environment = Map.of(
                "MARQUEE_OUTBOX_POLL_MILLIS", "often",
                "MARQUEE_OUTBOX_RETRY_SECONDS", "0",
                "MARQUEE_OUTBOX_MAX_ATTEMPTS", "-3");

        OutboxSettings settings = OutboxSettings.from(environment::get);

        assertEquals(Duration.ofSeconds(2), settings.pollInterval());
        assertEquals(Duration.ofSeconds(60), settings.retryPolicy().base());
        assertEquals(10, settings.retryPolicy().maxAttempts());
    }

    @Test
    void aFirstDelayAboveAnHourIsItsOwnCap() {
        OutboxSettings settings = OutboxSettings.from(Map.of("MARQUEE_OUTBOX_RETRY_SECONDS", "7200")::get);

        assertEquals(Duration.ofHours(2), settings.retryPolicy().cap());
    }
}
