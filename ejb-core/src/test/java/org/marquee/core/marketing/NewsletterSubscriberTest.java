package org.marquee.core.marketing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.marquee.core.platform.EmailAddress;
import org.marquee.core.team.InvitationToken;

class NewsletterSubscriberTest {

    private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

    private static NewsletterSubscriber requested(OptInSource source) {
        return NewsletterSubscriber.requested(
                new EmailAddress(" Fan@Example.ORG "),
                "de",
                source,
                InvitationToken.hash("secret"),
                InvitationToken.generate(),
                NOW);
    }

    @Test
    void aRequestIsPendingAndRecordsItsTimeAndSource() {
        NewsletterSubscriber subscriber = requested(OptInSource.CHECKOUT);

        assertEquals("fan@example.org", subscriber.email());
        assertEquals(SubscriberStatus.PENDING, subscriber.status());
        assertEquals(OptInSource.CHECKOUT, subscriber.source());
        assertEquals(NOW, subscriber.optedInAt());
        assertEquals("de", subscriber.language());
        assertFalse(subscriber.receivesNewsletters(), "nothing before the confirmation");
    }

    @Test
    void theLinkConfirmsOnceAndOnlyWhileValid() {
        NewsletterSubscriber subscriber = requested(OptInSource.WEBSITE);
        assertTrue(subscriber.canConfirm(NOW.plus(Duration.ofDays(6))));
        assertFalse(subscriber.canConfirm(NOW.plus(NewsletterSubscriber.CONFIRMATION_VALID_FOR)), "expired");

        subscriber.confirm(NOW.plusSeconds(60));

        assertEquals(SubscriberStatus.CONFIRMED, subscriber.status());
        assertTrue(subscriber.receivesNewsletters());
        assertEquals(NOW.plusSeconds(60), subscriber.confirmedAt());
        assertFalse(subscriber.canConfirm(NOW.plusSeconds(61)), "used up");
        assertThrows(IllegalStateException.class, () -> subscriber.confirm(NOW.plusSeconds(62)));
    }

    @Test
    void anExpiredLinkDoesNotConfirm() {
        NewsletterSubscriber subscriber = requested(OptInSource.WEBSITE);
        assertThrows(IllegalStateException.class, () -> subscriber.confirm(NOW.plus(Duration.ofDays(8))));
        assertEquals(SubscriberStatus.PENDING, subscriber.status());
    }

    @Test
    void askingAgainLeavesAConfirmedAddressAloneAndThrottlesConfirmationMails() {
        NewsletterSubscriber subscriber = requested(OptInSource.WEBSITE);
        assertFalse(
                subscriber.requestAgain(InvitationToken.hash("b"), "en", OptInSource.WEBSITE, NOW.plusSeconds(30)),
                "a link went out moments ago");
        assertTrue(subscriber.requestAgain(
                InvitationToken.hash("c"), "en", OptInSource.WEBSITE, NOW.plus(NewsletterSubscriber.RESEND_PAUSE)));
        assertEquals("en", subscriber.language());

        subscriber.confirm(NOW.plus(Duration.ofMinutes(6)));
        assertFalse(subscriber.requestAgain(
                InvitationToken.hash("d"), "de", OptInSource.CHECKOUT, NOW.plus(Duration.ofDays(1))));
        assertEquals(SubscriberStatus.CONFIRMED, subscriber.status());
        assertEquals(OptInSource.WEBSITE, subscriber.source(), "a confirmed opt-in keeps its record");
    }

    @Test
    void anUnsubscribedAddressReceivesNothingAndMustConfirmAgainToComeBack() {
        NewsletterSubscriber subscriber = requested(OptInSource.WEBSITE);
        subscriber.confirm(NOW.plusSeconds(10));

        assertTrue(subscriber.unsubscribe(NOW.plusSeconds(20)));
        assertFalse(subscriber.unsubscribe(NOW.plusSeconds(30)), "twice changes nothing");
        assertEquals(SubscriberStatus.UNSUBSCRIBED, subscriber.status());
        assertEquals(NOW.plusSeconds(20), subscriber.unsubscribedAt());
        assertFalse(subscriber.receivesNewsletters());

        assertTrue(subscriber.requestAgain(InvitationToken.hash("e"), "en", OptInSource.WEBSITE, NOW.plusSeconds(40)));
        assertEquals(SubscriberStatus.PENDING, subscriber.status());
        assertNull(subscriber.confirmedAt());
        assertFalse(subscriber.receivesNewsletters(), "not before it confirms again");
    }

    @Test
    void anImportedAddressIsConfirmedWithItsSourceAndAnUnknownLanguageIsEnglish() {
        NewsletterSubscriber subscriber =
                NewsletterSubscriber.imported(new EmailAddress("a@b.org"), "fr", InvitationToken.generate(), NOW);
        assertEquals(SubscriberStatus.CONFIRMED, subscriber.status());
        assertEquals(OptInSource.IMPORT, subscriber.source());
        assertEquals(NOW, subscriber.confirmedAt());
        assertEquals("en", subscriber.language());
        assertThrows(IllegalArgumentException.class, () -> requested(OptInSource.IMPORT));
    }
}
