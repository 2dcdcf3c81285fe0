package org.marquee.core.payment;

import org.marquee.core.platform.Money;

/** A refund the provider accepted: its reference, amount and whether it is done or still pending. */
public record ProviderRefund(String refundRef, Money amount, boolean pending) {}
