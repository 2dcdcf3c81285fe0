package org.marquee.core.payment;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * PayPal's credentials and address, from the environment: {@code MARQUEE_PAYPAL_CLIENT_ID}, {@code
 * MARQUEE_PAYPAL_CLIENT_SECRET}, {@code MARQUEE_PAYPAL_WEBHOOK_ID}, {@code
 * MARQUEE_PAYPAL_ENVIRONMENT} ({@code sandbox} or {@code live}, the default), {@code
 * MARQUEE_PAYPAL_API_BASE} (overrides the environment's address; tests point it at a local fake)
 * and {@code MARQUEE_PAYMENT_TIMEOUT_SECONDS}. PayPal is offered only when the client id, its
 * secret and the webhook id are all set.
 */
public record PayPalSettings(
        String clientId, String clientSecret, String webhookId, boolean sandbox, URI apiBase, Duration timeout) {

    public static final URI LIVE_API_BASE = URI.create("https://api-m.paypal.com");
    public static final URI SANDBOX_API_BASE = URI.create("https://api-m.sandbox.paypal.com");

    public static PayPalSettings from(Function<String, String> environment) {
        String name = PaymentEnvironment.value(environment, "MARQUEE_PAYPAL_ENVIRONMENT");
        boolean sandbox;
        if (name == null || name.equalsIgnoreCase("live") || name.equalsIgnoreCase("production")) {
            sandbox = false;
        } else if (name.toLowerCase(Locale.ROOT).equals("sandbox")) {
            sandbox = true;
        } else {
            throw new IllegalArgumentException("MARQUEE_PAYPAL_ENVIRONMENT is sandbox or live, not " + name);
        }
        return new PayPalSettings(
                PaymentEnvironment.value(environment, "MARQUEE_PAYPAL_CLIENT_ID"),
                PaymentEnvironment.value(environment, "MARQUEE_PAYPAL_CLIENT_SECRET"),
                PaymentEnvironment.value(environment, "MARQUEE_PAYPAL_WEBHOOK_ID"),
                sandbox,
                PaymentEnvironment.uri(
                        environment, "MARQUEE_PAYPAL_API_BASE", sandbox ? SANDBOX_API_BASE : LIVE_API_BASE),
                PaymentEnvironment.timeout(environment));
    }

    public boolean configured() {
        return clientId != null && clientSecret != null && webhookId != null;
    }

    @Override
    public String toString() {
        // Never the secret, should the settings end up in a log line.
        return "PayPal at " + apiBase + (configured() ? " as client " + clientId : " (not configured)");
    }
}
