package org.marquee.core.marketing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NewsletterSettingsTest {

    @Test
    void defaultsWithoutEnvironmentAndValuesFromIt() {
        NewsletterSettings none = NewsletterSettings.from(name -> null);
        assertEquals("http://localhost:8080", none.publicUrl());
        assertEquals(200, none.batchSize());
        assertEquals(60, none.batchSeconds());

        Map<String, String> environment = Map.of(
                "MARQUEE_PUBLIC_URL", "https://tickets.example.org/",
                "MARQUEE_NEWSLETTER_BATCH_SIZE", "50",
                "MARQUEE_NEWSLETTER_BATCH_SECONDS", "5");
        NewsletterSettings set = NewsletterSettings.from(environment::get);
        assertEquals(50, set.batchSize());
        assertEquals(5, set.batchSeconds());
        assertEquals("https://tickets.example.org/newsletter/unsubscribe?token=t", set.unsubscribeLink("t"));
        assertEquals("https://tickets.example.org/newsletter/confirm?token=t", set.confirmLink("t"));
    }

    @Test
    void nonsenseKeepsTheDefaults() {
        Map<String, String> environment = Map.of(
                "MARQUEE_PUBLIC_URL", "ftp://x",
                "MARQUEE_NEWSLETTER_BATCH_SIZE", "0",
                "MARQUEE_NEWSLETTER_BATCH_SECONDS", "soon");
        NewsletterSettings settings = NewsletterSettings.from(environment::get);
        assertEquals("http://localhost:8080", settings.publicUrl());
        assertEquals(200, settings.batchSize());
        assertEquals(60, settings.batchSeconds());
    }
}
