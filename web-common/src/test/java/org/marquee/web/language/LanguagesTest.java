package org.marquee.web.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @Test
    void theSwitchsChoiceBeatsTheBrowser() {
        assertEquals("en", Languages.language("en", List.of(Locale.GERMANY)));
        assertEquals("de", Languages.language("de", List.of(Locale.US)));
    }

    @Test
    void elseTheFirstOfTheBrowsersLanguagesWeWrite() {
        assertEquals(
                "de", Languages.language(null, List.of(Locale.FRENCH, Locale.forLanguageTag("de-AT"), Locale.ENGLISH)));
        assertEquals("en", Languages.language("fr", List.of(Locale.FRENCH)));
        assertEquals("en", Languages.language(null, List.of()));
    }

    @Test
    void theCookieIsLongLivedForTheWholeHost() {
        var cookie = Languages.remember("de", true);
        assertEquals("marquee-lang", cookie.getName());
        assertEquals("/", cookie.getPath());
        assertEquals(365 * 24 * 60 * 60, cookie.getMaxAge());
        assertEquals("Lax", cookie.getAttribute("SameSite"));
    }

    @Test
    void theAddressesLanguageBeatsEverything() {
        assertEquals("de", Languages.asked("page=2&lang=de"));
        assertEquals(null, Languages.asked("lang=fr&page=2"), "not one of ours");
        assertEquals(null, Languages.asked("language=de"));
        assertEquals(null, Languages.asked(null));
    }

    @Test
    void theWayBackFromTheSwitchDropsTheAddressesLanguage() {
        assertEquals("page=2", Languages.withoutLanguage("lang=de&page=2"));
        assertEquals(null, Languages.withoutLanguage("lang=de"));
        assertEquals("q=lang", Languages.withoutLanguage("q=lang&lang"));
        assertEquals(null, Languages.withoutLanguage(null));
    }
}
