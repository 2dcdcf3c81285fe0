package org.marquee.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmsTemplatesTest {

    private final SmsTemplates templates = new SmsTemplates();

    private static final Map<String, String> ORDER = Map.of(
            "pnr", "ABC123",
            "event", "Hamlet",
            "when", "Fri 10 Jul, 20:30 CEST",
            "venue", "Globe",
            "tickets", "2",
            "link", "https://t.example/order.xhtml?order=1&sig=s");

    @Test
    void everyTextInEnglishAndGermanOnOneLine() {
        for (String template : new String[] {"order-placed", "session-reminder"}) {
            for (String language : MailTemplates.LANGUAGES) {
                SmsTemplates.Rendered text = templates.render(template, Locale.forLanguageTag(language), ORDER);
                assertEquals(language, text.language());
                assertTrue(text.text().contains("ABC123") && text.text().contains(ORDER.get("link")), text.text());
                assertFalse(text.text().contains("\n"));
            }
        }
        assertTrue(templates
                .render("sign-in-code", Locale.GERMAN, Map.of("code", "123456"))
                .text()
                .contains("123456"));
    }

    @Test
    void anotherLanguageGetsEnglishAndAMissingValueIsRefused() {
        assertEquals(
                "en",
                templates
                        .render("sign-in-code", Locale.FRENCH, Map.of("code", "1"))
                        .language());
        assertThrows(IllegalArgumentException.class, () -> templates.render("sign-in-code", Locale.ENGLISH, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> templates.render("no-such", Locale.ENGLISH, Map.of()));
    }
}
