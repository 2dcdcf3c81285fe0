package org.marquee.core.marketing;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.marquee.core.notify.MailTemplates;
import org.marquee.core.notify.Outbox;

/**
 * The newsletter's mails through the outbox: the confirmation of an opt-in (template
 * {@code newsletter-confirm}) and a newsletter to one subscriber, with its one-click unsubscribe
 * link in the text and in the {@code List-Unsubscribe} headers (RFC 2369, RFC 8058).
 */
final class NewsletterMail {

    static final String CONFIRM_TEMPLATE = "newsletter-confirm";

    private NewsletterMail() {}

    static void confirmation(
            Outbox outbox, NewsletterSubscriber subscriber, String token, NewsletterSettings settings) {
        Locale locale = MailTemplates.locale(subscriber.language());
        outbox.enqueueEmail(
                "newsletter-confirm:" + subscriber.id() + ":"
                        + subscriber.confirmationSentAt().toEpochMilli(),
                subscriber.email(),
                CONFIRM_TEMPLATE,
                locale,
                Map.of(
                        "link",
                        settings.confirmLink(token),
                        "expires",
                        DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", locale)
                                .format(subscriber
                                        .confirmationSentAt()
                                        .plus(NewsletterSubscriber.CONFIRMATION_VALID_FOR)
                                        .atZone(ZoneOffset.UTC))));
    }

    /** The newsletter to one subscriber; false when it had been enqueued for them already. */
    static boolean newsletter(
            Outbox outbox, Newsletter newsletter, NewsletterSubscriber subscriber, NewsletterSettings settings) {
        if (!subscriber.receivesNewsletters()) {
            throw new IllegalStateException("A newsletter goes to confirmed subscribers only");
        }
        String unsubscribe = settings.unsubscribeLink(subscriber.unsubscribeToken());
        return outbox.enqueueEmail(
                dedupeKey(newsletter.id(), subscriber.id()),
                subscriber.email(),
                newsletter.template().mailTemplate(),
                MailTemplates.locale(subscriber.language()),
                parameters(newsletter, unsubscribe, settings),
                headers(unsubscribe));
    }

    /** A test copy to one address (not necessarily a subscriber), marked as a test. */
    static void test(
            Outbox outbox,
            Newsletter newsletter,
            String recipient,
            Locale locale,
            String key,
            NewsletterSettings settings) {
        String unsubscribe = settings.unsubscribeLink("test-copy");
        Map<String, String> parameters = parameters(newsletter, unsubscribe, settings);
        parameters.put("subject", "[Test] " + newsletter.subject());
        outbox.enqueueEmail(
                key, recipient, newsletter.template().mailTemplate(), locale, parameters, headers(unsubscribe));
    }

    static String dedupeKey(long newsletterId, long subscriberId) {
        return keyPrefix(newsletterId) + subscriberId;
    }

    /** Every delivery of one newsletter has a dedupe key starting so. */
    static String keyPrefix(long newsletterId) {
        return "newsletter:" + newsletterId + ":";
    }

    static Map<String, String> headers(String unsubscribe) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("List-Unsubscribe", "<" + unsubscribe + ">");
        headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return headers;
    }

    private static Map<String, String> parameters(
            Newsletter newsletter, String unsubscribe, NewsletterSettings settings) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("subject", newsletter.subject());
        parameters.put("body", newsletter.body());
        parameters.put("unsubscribe", unsubscribe);
        parameters.put("site", settings.publicUrl());
        return parameters;
    }
}
