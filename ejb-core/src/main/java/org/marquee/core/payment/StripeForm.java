package org.marquee.core.payment;

import java.net.URI;

/**
 * What the checkout's card form needs to load Stripe.js: the publishable key (public by design)
 * and the script's address. Null key when Stripe is not configured.
 */
public record StripeForm(String publishableKey, URI jsUrl) {}
