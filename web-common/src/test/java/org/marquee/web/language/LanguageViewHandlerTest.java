package org.marquee.web.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A page opened in a language by its address keeps that language in what its forms post to. */
class LanguageViewHandlerTest {

    @Test
    void aFormOfAPageOpenedWithLangPostsWithIt() {
        assertEquals("/newsletter.xhtml?lang=de", LanguageViewHandler.withLanguage("/newsletter.xhtml", "de"));
        assertEquals(
                "/checkout/amount.xhtml?order=7&lang=de",
                LanguageViewHandler.withLanguage("/checkout/amount.xhtml?order=7", "de"));
    }

    @Test
    void nothingIsAddedWithoutALanguageOrTwice() {
        assertEquals("/newsletter.xhtml", LanguageViewHandler.withLanguage("/newsletter.xhtml", null));
        assertEquals("/x.xhtml?lang=en", LanguageViewHandler.withLanguage("/x.xhtml?lang=en", "de"));
    }
}
