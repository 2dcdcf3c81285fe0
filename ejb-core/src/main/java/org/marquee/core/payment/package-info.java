/**
 * Taking the money: the {@link org.marquee.core.payment.PaymentProvider} port with Stripe, PayPal
 * and (demo only) a test payment behind it, the payments of an order, the providers' webhooks
 * (verified, stored by event id, idempotent, safe out of order), the one confirmation that makes an
 * order PAID, and the reconciliation of payments that stayed open.
 */
package org.marquee.core.payment;
