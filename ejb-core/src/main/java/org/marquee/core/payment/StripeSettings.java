package org.marquee.core.payment;

import java.net.URI;
import java.time.Duration;
import java.util.function.Function;

/**
 * Stripe's keys and addresses, from the environment: {@code MARQUEE_STRIPE_SECRET_KEY}, {@code
 * MARQUEE_STRIPE_PUBLISHABLE_KEY}, {@code MARQUEE_STRIPE_WEBHOOK_SECRET}, {@code
 * MARQUEE_STRIPE_API_BASE} (tests point it at a local fake), {@code MARQUEE_STRIPE_JS_URL} and
 * {@code MARQUEE_PAYMENT_TIMEOUT_SECONDS}. Stripe is offered only when the secret key, the
 * publishable key and the webhook secret are all set.
 */
public record StripeSettings(
        String secretKey, String publishableKey, String webhookSecret, URI apiBase, URI jsUrl, Duration timeout) {

    public static final URI LIVE_API_BASE = URI.create("https://api.stripe.com");
    public static final URI LIVE_JS_URL = URI.create("https://js.stripe.com/v3/");

    public static StripeSettings from(Function<String, String> environment) {
        return new StripeSettings(
                PaymentEnvironment.value(environment, "MARQUEE_STRIPE_SECRET_KEY"),
                PaymentEnvironment.value(environment, "MARQUEE_STRIPE_PUBLISHABLE_KEY"),
                PaymentEnvironment.value(environment, "MARQUEE_STRIPE_WEBHOOK_SECRET"),
                PaymentEnvironment.uri(environment, "MARQUEE_STRIPE_API_BASE", LIVE_API_BASE),
                PaymentEnvironment.uri(environment, "MARQUEE_STRIPE_JS_URL", LIVE_JS_URL),
                PaymentEnvironment.timeout(environment));
    }

    public boolean configured() {
        return secretKey != null && publishableKey != null && webhookSecret != null;
    }

    /** What the browser's payment form needs; nothing secret. */
    public StripeForm form() {
        return new StripeForm(publishableKey, jsUrl);
    }

    @Override
    public String toString() {
        // Never a key, should the settings end up in a log line.
        return "Stripe at " + apiBase + (configured() ? "" : " (not configured)");
    }
}
