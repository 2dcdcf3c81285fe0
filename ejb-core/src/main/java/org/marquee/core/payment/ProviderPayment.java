package org.marquee.core.payment;

/**
 * A payment the provider created: its reference (Stripe PaymentIntent id, PayPal order id), the
 * secret Stripe's form needs (null for PayPal) and where the buyer approves it (null for Stripe).
 */
public record ProviderPayment(String paymentRef, String clientSecret, String approvalUrl) {}
