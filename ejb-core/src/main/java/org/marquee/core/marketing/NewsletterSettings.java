package org.marquee.core.marketing;

import java.util.function.Function;
import java.util.logging.Logger;

/**
 * The newsletter's settings from the server's environment: {@code MARQUEE_PUBLIC_URL}, the public
 * site's address that links in mails start with (default {@code http://localhost:8080}), and the
 * throttle an editor starts from when sending: {@code MARQUEE_NEWSLETTER_BATCH_SIZE} messages
 * (default 200) every {@code MARQUEE_NEWSLETTER_BATCH_SECONDS} seconds (default 60).
 */
public record NewsletterSettings(String publicUrl, int batchSize, int batchSeconds) {

    static final String DEFAULT_URL = "http://localhost:8080";
    static final int DEFAULT_BATCH_SIZE = 200;
    static final int DEFAULT_BATCH_SECONDS = 60;

    private static final Logger LOG = Logger.getLogger(NewsletterSettings.class.getName());

    public static NewsletterSettings from(Function<String, String> environment) {
        String given = environment.apply("MARQUEE_PUBLIC_URL");
        String url = given == null ? "" : given.strip();
        if (!(url.startsWith("http://") || url.startsWith("https://"))) {
            if (!url.isEmpty()) {
                LOG.warning(() -> "MARQUEE_PUBLIC_URL=" + given + " is not an http(s) address; using " + DEFAULT_URL);
            }
            url = DEFAULT_URL;
        }
        url = url.replaceAll("/+$", "");
        return new NewsletterSettings(
                url,
                bounded(environment, "MARQUEE_NEWSLETTER_BATCH_SIZE", DEFAULT_BATCH_SIZE, Newsletter.MAX_BATCH_SIZE),
                bounded(
                        environment,
                        "MARQUEE_NEWSLETTER_BATCH_SECONDS",
                        DEFAULT_BATCH_SECONDS,
                        Newsletter.MAX_BATCH_SECONDS));
    }

    private static int bounded(Function<String, String> environment, String name, int fallback, int max) {
        String value = environment.apply(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed > 0 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        LOG.warning(() -> name + "=" + value + " is not a number from 1 to " + max + "; using " + fallback);
        return fallback;
    }

    /** Where a confirmation link's token goes. */
    public String confirmLink(String token) {
        return publicUrl + "/newsletter/confirm?token=" + token;
    }

    /** The one-click unsubscribe address of a subscriber (the mail's link and List-Unsubscribe). */
    public String unsubscribeLink(String token) {
        return publicUrl + "/newsletter/unsubscribe?token=" + token;
    }
}
