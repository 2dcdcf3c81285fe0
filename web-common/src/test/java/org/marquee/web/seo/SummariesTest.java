package org.marquee.web.seo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummariesTest {

    @Test
    void aShortTextIsItselfOnOneLineWithoutMarkup() {
        assertEquals(
                "A night of jazz in the old hall.", Summaries.of("  A night of <b>jazz</b>\n in the old hall. ", 160));
        assertEquals("", Summaries.of(null, 160));
    }

    @Test
    void aLongTextIsCutAtAWordWithAnEllipsis() {
        String text = "word ".repeat(100);
        String summary = Summaries.of(text, 160);
        assertTrue(summary.length() <= 160, summary);
        assertTrue(summary.endsWith("word\u2026"), summary);
    }

    @Test
    void oneLongWordIsCutWhereItMust() {
        String summary = Summaries.of("x".repeat(300), 20);
        assertEquals("x".repeat(19) + "\u2026", summary);
    }
}
