package org.marquee.core.marketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NewsletterTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private static Newsletter draft() {
        return new Newsletter(" June news ", NewsletterTemplate.STANDARD, "Hello\r\n\r\nworld", "ed@marquee.test", NOW);
    }

    @Test
    void aDraftNeedsASubjectOnOneLineAndAText() {
        assertEquals("June news", draft().subject());
        assertEquals("Hello\n\nworld", draft().body());
        assertThrows(
                IllegalArgumentException.class, () -> new Newsletter(" ", NewsletterTemplate.STANDARD, "x", "e", NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Newsletter("a\nBcc: x@y.org", NewsletterTemplate.STANDARD, "x", "e", NOW));
        assertThrows(
                IllegalArgumentException.class, () -> new Newsletter("a", NewsletterTemplate.STANDARD, " ", "e", NOW));
    }

    @Test
    void batchesFollowTheThrottleUntilAShortBatchEndsTheSend() {
        Newsletter newsletter = draft();
        newsletter.startSending(2, 30, NOW);
        assertEquals(NewsletterStatus.SENDING, newsletter.status());
        assertTrue(newsletter.batchDue(NOW));

        newsletter.batchEnqueued(2, 17, false, NOW);
        assertFalse(newsletter.batchDue(NOW.plusSeconds(29)), "the throttle holds the next batch back");
        assertTrue(newsletter.batchDue(NOW.plusSeconds(30)));
        assertEquals(17, newsletter.cursorId());
        assertThrows(IllegalStateException.class, () -> newsletter.batchEnqueued(2, 20, false, NOW.plusSeconds(1)));

        newsletter.batchEnqueued(1, 21, true, NOW.plusSeconds(30));
        assertEquals(NewsletterStatus.SENT, newsletter.status());
        assertEquals(3, newsletter.queued());
        assertEquals(NOW.plusSeconds(30), newsletter.finishedAt());
        assertNull(newsletter.nextBatchAt());
        assertFalse(newsletter.batchDue(NOW.plusSeconds(3600)));
    }

    @Test
    void aBatchNeverExceedsItsSizeNorGoesBack() {
        Newsletter newsletter = draft();
        newsletter.startSending(2, 30, NOW);
        assertThrows(IllegalArgumentException.class, () -> newsletter.batchEnqueued(3, 9, false, NOW));
        newsletter.batchEnqueued(2, 9, false, NOW);
        assertThrows(IllegalArgumentException.class, () -> newsletter.batchEnqueued(1, 5, false, NOW.plusSeconds(30)));
    }

    @Test
    void theThrottleIsBoundedAndASentNewsletterCannotChange() {
        assertThrows(IllegalArgumentException.class, () -> draft().startSending(0, 30, NOW));
        assertThrows(IllegalArgumentException.class, () -> draft().startSending(10, 0, NOW));
        assertThrows(
                IllegalArgumentException.class, () -> draft().startSending(Newsletter.MAX_BATCH_SIZE + 1, 30, NOW));
        Newsletter newsletter = draft();
        newsletter.startSending(10, 30, NOW);
        assertThrows(IllegalStateException.class, () -> newsletter.write("b", NewsletterTemplate.STANDARD, "c", NOW));
        assertThrows(IllegalStateException.class, () -> newsletter.startSending(10, 30, NOW));
    }
}
