package org.marquee.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MailTemplatesTest {

    /** Every template the application sends; each must exist in every language. */
    private static final List<String> TEMPLATES = List.of(
            "test",
            "invitation",
            "welcome",
            "verify-email",
            "otp",
            "password-reset",
            "new-login",
            "already-registered",
            "newsletter-confirm",
            "newsletter",
            "newsletter-announcement");

    private final MailTemplates templates = new MailTemplates();

    @Test
    void rendersSubjectTextAndHtmlInTheRecipientsLanguage() {
        RenderedMail english = templates.render("test", Locale.ENGLISH, Map.of("requestedBy", "admin@marquee.test"));
        RenderedMail german = templates.render("test", Locale.GERMAN, Map.of("requestedBy", "admin@marquee.test"));

        assertEquals("Marquee test message", english.subject());
        assertEquals("en", english.language());
        assertTrue(english.text().contains("requested by admin@marquee.test."));
        assertTrue(english.html().contains("<html lang=\"en\">"));
        assertTrue(english.html().contains("<strong>admin@marquee.test</strong>"));
        assertEquals("Testnachricht von Marquee", german.subject());
        assertEquals("de", german.language());
        assertTrue(german.text().contains("angefordert von admin@marquee.test."));
        assertTrue(german.html().contains("<html lang=\"de\">"));
    }

    @Test
    void aRegionalLocaleUsesItsLanguageAndAnUnknownLanguageEnglish() {
        Map<String, String> parameters = Map.of("requestedBy", "x");

        assertEquals(
                "de",
                templates
                        .render("test", Locale.forLanguageTag("de-AT"), parameters)
                        .language());
        assertEquals(
                "en",
                templates
                        .render("test", Locale.forLanguageTag("fr"), parameters)
                        .language());
        assertEquals("en", templates.render("test", null, parameters).language());
    }

    @Test
    void parametersAreEscapedInHtmlOnly() {
        RenderedMail mail = templates.render("test", Locale.ENGLISH, Map.of("requestedBy", "<b>Tom & \"Jerry\"</b>"));

        assertTrue(mail.html().contains("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;"));
        assertFalse(mail.html().contains("<b>Tom"));
        assertTrue(mail.text().contains("<b>Tom & \"Jerry\"</b>"), "plain text is not HTML");
    }

    @Test
    void aParameterLikeAPlaceholderOrAReplacementIsTakenLiterally() {
        RenderedMail mail = templates.render("test", Locale.ENGLISH, Map.of("requestedBy", "{{requestedBy}} $1 \\"));

        assertTrue(mail.text().contains("requested by {{requestedBy}} $1 \\."));
    }

    @Test
    void aMissingParameterOrAnUnknownTemplateIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> templates.render("test", Locale.ENGLISH, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> templates.render("nothing", Locale.ENGLISH, Map.of()));
        assertThrows(
                IllegalArgumentException.class,
                () -> templates.render("../mail/test", Locale.ENGLISH, Map.of()),
                "a name is not a path");
    }

    @Test
    void everyTemplateExistsInEveryLanguageWithSubjectTextAndHtml() {
        for (String template : TEMPLATES) {
            for (String language : MailTemplates.LANGUAGES) {
                RenderedMail mail = templates.render(template, Locale.forLanguageTag(language), new AnyValue());
                assertEquals(language, mail.language(), template + " in " + language);
                assertFalse(mail.subject().isBlank());
                assertFalse(mail.text().isBlank());
                assertNotNull(mail.html(), template + " in " + language + " has an HTML body");
            }
        }
    }

    @Test
    void escapingCoversTheFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot;&gt;&#39;&amp;", MailTemplates.escapeHtml("<a href=\"x\">'&"));
    }

    @Test
    void aStoredLanguageTagBecomesALocale() {
        assertEquals(Locale.GERMAN, MailTemplates.locale("DE"));
        assertEquals(Locale.ENGLISH, MailTemplates.locale(null));
        assertEquals("de", MailTemplates.locale("de-CH").getLanguage());
    }

    /** Answers every parameter, so a template's placeholders need not be listed here. */
    private static final class AnyValue extends java.util.AbstractMap<String, String> {
        @Override
        public String get(Object key) {
            return "value of " + key;
        }

        @Override
        public java.util.Set<Entry<String, String>> entrySet() {
            return java.util.Set.of();
        }
    }
}
