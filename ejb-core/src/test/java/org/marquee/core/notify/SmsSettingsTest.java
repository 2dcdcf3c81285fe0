package org.marquee.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SmsSettingsTest {

    @Test
    void withoutAnAccountTextsGoToTheLog() {
        assertTrue(SmsSettings.from(Map.<String, String>of()::get).logsOnly());
    }

    @Test
    void anAccountAndAnAddressForTests() {
        SmsSettings settings = SmsSettings.from(Map.of(
                "MARQUEE_TWILIO_ACCOUNT_SID", "AC1",
                "MARQUEE_TWILIO_AUTH_TOKEN", "secret",
                "MARQUEE_TWILIO_FROM", "+15005550006",
                "MARQUEE_TWILIO_API_BASE", "http://127.0.0.1:4792/")::get);
        assertFalse(settings.logsOnly());
        assertEquals("http://127.0.0.1:4792", settings.apiBase().toString());
        assertFalse(settings.toString().contains("secret"), "the token stays out of logs");
    }

    @Test
    void halfAConfigurationIsRefused() {
        assertThrows(
                IllegalStateException.class, () -> SmsSettings.from(Map.of("MARQUEE_TWILIO_ACCOUNT_SID", "AC1")::get));
        assertThrows(
                IllegalStateException.class,
                () -> SmsSettings.from(Map.of(
                        "MARQUEE_TWILIO_ACCOUNT_SID", "AC1",
                        "MARQUEE_TWILIO_AUTH_TOKEN", "t",
                        "MARQUEE_TWILIO_FROM", "+1",
                        "MARQUEE_TWILIO_API_BASE", "ftp://x")::get));
    }
}
