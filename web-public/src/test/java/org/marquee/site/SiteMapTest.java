package org.marquee.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marquee.core.reporting.SiteAddresses;
import org.marquee.core.reporting.SiteAddresses.Kind;

/**
 * The split of the sitemap at sitemaps.org's 50,000 addresses a file: an address past a full
 * part must get a file of its own, and the index must name every file a search engine can ask
 * for, or those pages are never found.
 */
class SiteMapTest {

    @Test
    void fiftyThousandAddressesFillOnePartAndOneMoreStartsASecond() {
        assertEquals(50_000, SiteAddresses.PART);
        assertEquals(0, SiteMap.parts(0));
        assertEquals(1, SiteMap.parts(1));
        assertEquals(1, SiteMap.parts(50_000));
        assertEquals(2, SiteMap.parts(50_001));
        assertEquals(2, SiteMap.parts(100_000));
        assertEquals(3, SiteMap.parts(100_001));
    }

    @Test
    void theIndexNamesEveryPartOfEveryKindAndNoEmptyOne() {
        Map<Kind, Long> counts = new EnumMap<>(Kind.class);
        counts.put(Kind.EVENT, 50_001L);
        counts.put(Kind.ARTIST, 50_000L);
        counts.put(Kind.CITY, 0L);
        counts.put(Kind.CATEGORY, 100_001L);
        assertEquals(
                List.of(
                        "events-1.xml",
                        "events-2.xml",
                        "artists-1.xml",
                        "categories-1.xml",
                        "categories-2.xml",
                        "categories-3.xml"),
                SiteMap.partFiles(counts));
    }
}
