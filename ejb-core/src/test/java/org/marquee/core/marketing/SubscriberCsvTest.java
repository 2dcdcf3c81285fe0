package org.marquee.core.marketing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriberCsvTest {

    @Test
    void fieldsSplitOnCommasAndSemicolonsAndQuotesHoldSeparatorsAndQuotes() {
        assertEquals(List.of("a@b.org", "de"), SubscriberCsv.fields(" a@b.org ; de "));
        assertEquals(List.of("x,y", "say \"hi\""), SubscriberCsv.fields("\"x,y\",\"say \"\"hi\"\"\""));
    }

    @Test
    void anExportLineHasEveryColumnAndDefusesSpreadsheetFormulas() {
        Instant at = Instant.parse("2026-06-01T10:00:00Z");
        SubscriberRow row = new SubscriberRow(
                1, "=cmd@evil.org", "en", SubscriberStatus.CONFIRMED, OptInSource.IMPORT, at, at, null);
        assertEquals(
                "\"'=cmd@evil.org\",en,CONFIRMED,IMPORT,2026-06-01T10:00:00Z,2026-06-01T10:00:00Z,",
                SubscriberCsv.line(row));
        assertEquals(7, SubscriberCsv.HEADER.split(",").length);
    }
}
