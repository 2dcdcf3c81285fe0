package org.marquee.core.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxMessageTest {

    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(10), Duration.ofMinutes(1), 3);
    private static final RenderedMail MAIL = new RenderedMail("test", "de", "Betreff", "Text", "<p>Text</p>");

    private static OutboxMessage message() {
        return OutboxMessage.email("test:1", "ada@example.org", MAIL, NOW);
    }

    @Test
    void aNewMessageIsPendingAndDueAtOnce() {
        OutboxMessage message = message();

        assertEquals(OutboxStatus.PENDING, message.status());
        assertEquals(Channel.EMAIL, message.channel());
        assertEquals(NOW, message.nextAttemptAt());
        assertEquals(0, message.attempts());
        assertEquals("de", message.language());
        assertEquals("Betreff", message.subject());
    }

    @Test
    void aMessageNeedsAKeyARecipientAndASubject() {
        assertThrows(IllegalArgumentException.class, () -> OutboxMessage.email(" ", "a@b.co", MAIL, NOW));
        assertThrows(IllegalArgumentException.class, () -> OutboxMessage.email("k", null, MAIL, NOW));
        assertThrows(
                IllegalArgumentException.class,
                () -> OutboxMessage.email("x".repeat(201), "a@b.co", MAIL, NOW),
                "the key fits its column");
        assertThrows(
                IllegalArgumentException.class,
                () -> OutboxMessage.email("k", "a@b.co", new RenderedMail("t", "en", "", "text", null), NOW));
    }

    @Test
    void aSentMessageCountsItsAttemptAndLosesItsLease() {
        OutboxMessage message = message();
        message.lease("node/1", NOW.plusSeconds(300));
        assertTrue(message.isLeasedBy("node/1"));
        assertFalse(message.isLeasedBy("node/2"));

        assertTrue(message.markSent(NOW.plusSeconds(1)));

        assertEquals(OutboxStatus.SENT, message.status());
        assertEquals(1, message.attempts());
        assertEquals(NOW.plusSeconds(1), message.sentAt());
        assertNull(message.leaseOwner());
        assertFalse(message.markSent(NOW.plusSeconds(2)), "a second report of the same message says so");
        assertEquals(1, message.attempts());
    }

    @Test
    void failuresBackOffThenGiveUp() {
        OutboxMessage message = message();

        message.lease("run", NOW.plusSeconds(300));
        message.failAttempt("Connection refused", false, POLICY, NOW);
        assertEquals(OutboxStatus.PENDING, message.status());
        assertEquals(NOW.plusSeconds(10), message.nextAttemptAt());
        assertNull(message.leasedUntil(), "free for the next run");

        message.failAttempt("Connection refused", false, POLICY, NOW.plusSeconds(10));
        assertEquals(NOW.plusSeconds(30), message.nextAttemptAt());

        message.failAttempt("Timed out", false, POLICY, NOW.plusSeconds(30));
        assertEquals(OutboxStatus.FAILED, message.status());
        assertEquals(3, message.attempts());
        assertEquals("Timed out", message.lastError());
        assertThrows(IllegalStateException.class, () -> message.lease("run", NOW.plusSeconds(300)));
    }

    @Test
    void aRefusedRecipientIsGivenUpAtOnce() {
        OutboxMessage message = message();

        message.failAttempt("550 No such user", true, POLICY, NOW);

        assertEquals(OutboxStatus.FAILED, message.status());
        assertEquals(1, message.attempts());
    }

    @Test
    void aFailedMessageIsRetriedWithFreshAttemptsAndOnlyThen() {
        OutboxMessage message = message();
        assertThrows(IllegalStateException.class, () -> message.retry(NOW), "a pending message is not retried");
        message.failAttempt("550 No such user", true, POLICY, NOW);

        message.retry(NOW.plusSeconds(60));

        assertEquals(OutboxStatus.PENDING, message.status());
        assertEquals(0, message.attempts());
        assertEquals(NOW.plusSeconds(60), message.nextAttemptAt());
        assertEquals("550 No such user", message.lastError(), "the last error stays for the record");
    }

    @Test
    void aLongErrorIsCutToItsColumn() {
        OutboxMessage message = message();

        message.failAttempt("e".repeat(5000), false, POLICY, NOW);

        assertEquals(OutboxMessage.ERROR_LENGTH, message.lastError().length());
    }

    @Test
    void theMailCarriesTheRenderedContent() {
        Mail mail = message().toMail();

        assertEquals("ada@example.org", mail.recipient());
        assertEquals("de", mail.language());
        assertEquals("Text", mail.text());
        assertEquals("<p>Text</p>", mail.html());
    }

    @Test
    void aMessageWithASecretLosesItsTextOnceSentButKeepsItForRetries() {
        OutboxMessage message = OutboxMessage.emailWithSecret("sign-in-code:7", "ada@example.org", MAIL, NOW);
        message.lease("node/1", NOW.plusSeconds(300));
        message.failAttempt("Connection refused", false, POLICY, NOW);
        assertEquals("Text", message.toMail().text(), "kept while it may be sent again");

        message.lease("node/1", NOW.plusSeconds(300));
        message.markSent(NOW.plusSeconds(20));

        assertEquals(OutboxMessage.ERASED, message.bodyText());
        assertNull(message.bodyHtml());
        assertEquals("Betreff", message.subject(), "the subject names no secret");
        assertEquals("Text", message().bodyText(), "other mail keeps its text");
    }

    @Test
    void filesAreAttachedOnceEachInTheOrderGiven() {
        OutboxMessage message = message();

        message.attach("tickets", "42");
        message.attach("invoice", "42");
        message.attach("tickets", "42");

        assertEquals(java.util.List.of("tickets:42", "invoice:42"), message.attachmentReferences());
    }

    @Test
    void anAttachmentReferenceIsAKindAndAnId() {
        OutboxMessage message = message();

        assertThrows(IllegalArgumentException.class, () -> message.attach("Tickets", "42"));
        assertThrows(IllegalArgumentException.class, () -> message.attach("tickets", "4\n2"));
        assertThrows(IllegalArgumentException.class, () -> message.attach("tickets:x", "42"));
        assertTrue(message.attachmentReferences().isEmpty());
    }
}
