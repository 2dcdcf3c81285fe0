package org.marquee.core.payment;

import java.io.Serializable;
import java.net.URI;

/**
 * What the checkout's card form needs to load Stripe.js: the publishable key (public by design)
 * and the script's address ({@code MARQUEE_STRIPE_JS_URL}; tests point it at the loopback fake).
 * Null key when Stripe is not configured.
 */
public record StripeForm(String publishableKey, URI jsUrl) implements Serializable {}
