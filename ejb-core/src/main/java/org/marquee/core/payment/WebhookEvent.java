package org.marquee.core.payment;

import java.util.Optional;

/**
 * One verified webhook event: the provider's event id (what de-duplicates it), its type as the
 * provider names it, and the state of the payment it is about, when it is about one we act on
 * (Stripe {@code payment_intent.succeeded} / {@code payment_intent.payment_failed}; PayPal {@code
 * CHECKOUT.ORDER.APPROVED} / {@code PAYMENT.CAPTURE.COMPLETED} / {@code PAYMENT.CAPTURE.DENIED}).
 */
public record WebhookEvent(String eventId, String type, Optional<ProviderState> payment) {}
