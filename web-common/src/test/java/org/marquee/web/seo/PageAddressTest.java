package org.marquee.web.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marquee.web.seo.PageAddress.Alternate;

class PageAddressTest {

    private static final String SITE = "https://tickets.example.com/";

    @Test
    void theCanonicalAddressIsThePathOnTheSiteWithoutAVisitorsParameters() {
        assertEquals(
                "https://tickets.example.com/events/jazz-night",
                PageAddress.of(SITE, "/events/jazz-night", "utm_source=mail&date=2026-12-24")
                        .canonical());
        assertEquals(
                "https://tickets.example.com/", PageAddress.of(SITE, "", null).canonical());
        assertEquals(
                "https://tickets.example.com/",
                PageAddress.of(SITE, "/index.xhtml", null).canonical());
    }

    @Test
    void aLaterPageOfAListAndALanguageAreKept() {
        assertEquals(
                "https://tickets.example.com/blog?page=3&lang=de",
                PageAddress.of(SITE, "/blog", "lang=de&x=1&page=3").canonical());
        assertEquals(
                "https://tickets.example.com/blog",
                PageAddress.of(SITE, "/blog", "page=1&lang=fr").canonical(),
                "the first page is the list; French is not ours");
        assertEquals(
                "https://tickets.example.com/blog",
                PageAddress.of(SITE, "/blog", "page=-2&page=%zz").canonical());
    }

    @Test
    void eachLanguageVersionAndTheDefaultAreNamed() {
        assertEquals(
                List.of(
                        new Alternate("en", "https://tickets.example.com/venues/hall?page=2&lang=en"),
                        new Alternate("de", "https://tickets.example.com/venues/hall?page=2&lang=de"),
                        new Alternate("x-default", "https://tickets.example.com/venues/hall?page=2")),
                PageAddress.of(SITE, "/venues/hall", "lang=de&page=2").alternates());
    }

    @Test
    void parametersAreEncoded() {
        assertEquals(
                "https://tickets.example.com/blog?page=2",
                PageAddress.of(SITE, "/blog", "page=%32").canonical());
    }

    @Test
    void searchResultsAreKnownByTheirWordsAndNoOtherPageIs() {
        assertEquals(
                "https://tickets.example.com/search?q=live+berlin&page=2&lang=de",
                PageAddress.of(SITE, "/search", "utm_source=x&q=%20Live%20%20berlin%20&lang=de&page=2")
                        .canonical());
        assertEquals(
                "https://tickets.example.com/events/jazz-night",
                PageAddress.of(SITE, "/events/jazz-night", "q=jazz").canonical(),
                "a word searched for makes no other page");
        assertEquals(
                "https://tickets.example.com/search",
                PageAddress.of(SITE, "/search", "q=+").canonical());
    }
}
