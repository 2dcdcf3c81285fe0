package org.marquee.core.order;

/** How a buyer will pay; the providers behind them come with the payments. */
public enum PaymentMethod {
    CARD,
    PAYPAL
}
