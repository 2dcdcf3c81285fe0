package org.marquee.core.payment;

import java.util.function.Function;

/**
 * What the card form on the payment page needs from the server's environment: Stripe's
 * publishable key ({@code MARQUEE_STRIPE_PUBLISHABLE_KEY}) and where Stripe.js is loaded from
 * ({@code MARQUEE_STRIPE_JS_URL}, default {@code https://js.stripe.com/v3/}; tests point it at the
 * loopback fake). Neither is a secret.
 */
public record StripeForm(String publishableKey, String scriptUrl) {

    public static final String DEFAULT_SCRIPT = "https://js.stripe.com/v3/";

    public static StripeForm from(Function<String, String> environment) {
        String key = environment.apply("MARQUEE_STRIPE_PUBLISHABLE_KEY");
        String script = environment.apply("MARQUEE_STRIPE_JS_URL");
        return new StripeForm(
                key == null ? "" : key.strip(), script == null || script.isBlank() ? DEFAULT_SCRIPT : script.strip());
    }
}
