package org.marquee.core.marketing;

/**
 * Where a newsletter subscriber stands. Only CONFIRMED addresses receive newsletters: PENDING ones
 * have not opened their confirmation link yet, UNSUBSCRIBED ones have left.
 */
public enum SubscriberStatus {
    PENDING,
    CONFIRMED,
    UNSUBSCRIBED
}
